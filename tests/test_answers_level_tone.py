"""A part said to be too loud or too quiet and of a tone ("lead vox so harsh n loud", "snare is loud and boxy", "the
vocal is buried and dull"): with its level measured fine, the answer takes both halves, the level with its number and
no fader move, then the tone (what was measured, with its number, and the EQ on the part; or that nothing was, and
how to find it by ear). With the part measured too loud, its fader still leads (balance before EQ); measured too
quiet, its fader move with its number, then the tone half."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding, rock_snapshot

from companion.context import Finding, FindingKind
from model.intent import classify
from model.intent_tone import tone_beside_level

HARSH_LEAN = Finding(
    FindingKind.HARSH,
    0.45,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 7.0 dB, like a broad EQ boost "
    "there, against the usual shape of 122 real mixes we measured, more than 9 in 10 of them; act only if you hear it.",
    {"range_hz": [2000.0, 5000.0], "shape_center_hz": 3200},
)


def test_the_tone_said_beside_too_loud_is_kept():
    assert classify("lead vox so harsh n loud", ()).tone == "harsh"
    assert classify("the vocal is harsh and too loud", ()).tone == "harsh"
    assert classify("snare is loud and boxy", ()).tone == "boxy"
    assert classify("is the bass too loud and boomy?", ()).tone == "boomy"
    assert tone_beside_level("there's too much bass in the bass", "loud", ("bass",)) is None  # its level only
    assert classify("the vocal is too loud", ()).tone is None
    assert classify("the vocal is harsh", ()).tone is None  # one complaint: the usual answer


def test_a_part_measured_fine_gets_no_fader_move_and_the_tone_found_by_ear():
    ans = advise_rock("lead vox so harsh n loud", snapshot=rock_snapshot())
    assert ans.text.startswith(
        "Its level is fine, so I'd leave its fader: nothing I measured says 'Lead Vox' is too loud."
    ), ans.text
    assert "-13.0 dBFS peak" in ans.text, ans.text  # its own meter
    assert "On the harshness: nothing I measured on the mix or on 'Lead Vox' reads harsh" in ans.text, (
        ans.text
    )
    assert "de-esser" in ans.text, ans.text
    assert not any(s.action == "nudge_volume_db" for s in ans.suggestions), ans.text
    first = ans.suggestions[0]
    assert first.action == "eq_band" and first.track == "Lead Vox" and first.params["gain_db"] < 0, (
        ans.suggestions
    )
    assert len(ans.text.split()) <= 120


def test_a_harsh_lean_where_the_part_lives_is_cited_with_its_number():
    ans = advise_rock("is the lead vox harsh and too loud?", (HARSH_LEAN,), snapshot=rock_snapshot())
    assert ans.text.startswith("Not too loud, so I'd leave its fader:"), ans.text
    assert (
        "On the harshness: the mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 7.0 dB"
        in ans.text
    )
    assert "where 'Lead Vox' is strong" in ans.text, ans.text
    assert [s.action for s in ans.suggestions] == ["eq_band"] and ans.suggestions[0].track == "Lead Vox"


def test_a_boxy_snare_at_a_fine_level_is_answered_on_both_halves():
    ans = advise_rock("snare is loud and boxy", snapshot=rock_snapshot())
    assert ans.text.startswith("Its level is fine"), ans.text
    assert "On the boxiness: nothing I measured on the mix or on 'Snare' reads boxy" in ans.text, ans.text
    assert "de-esser" not in ans.text  # a drum has no esses
    assert ans.suggestions and ans.suggestions[0].action == "eq_band" and ans.suggestions[0].track == "Snare"


def test_a_part_measured_too_loud_still_leads_with_its_fader():
    loud = level_finding("Lead Vox", "lead vocals", 10.0)
    ans = advise_rock("lead vox so harsh n loud", (loud, HARSH_LEAN), snapshot=rock_snapshot())
    first = ans.suggestions[0]
    assert first.action == "nudge_volume_db" and first.track == "Lead Vox" and first.params["delta_db"] < 0, (
        ans.text
    )
    assert ans.text.startswith("Bring the fader on 'Lead Vox'"), ans.text
    assert "Its level is fine" not in ans.text


DULL_MIX = Finding(
    FindingKind.DULL,
    0.5,
    "The mix sounds dull. The top end (above 6 kHz): 6.5 dB lighter, like a high-shelf cut, against the usual "
    "shape of 122 real mixes we measured, more than 9 in 10 of them.",
    {"range_hz": [4500.0, 11300.0], "shape_center_hz": 8000},
)


def test_the_tone_said_beside_too_quiet_is_kept_but_not_what_buries_it():
    assert classify("the vocal is buried and dull", ()).tone == "dull"
    assert classify("can't hear the snare and it's boxy", ()).tone == "boxy"
    assert classify("the vocal sounds dull and lost", ()).tone == "dull"
    # the tone of what covers the part is not the part's own
    assert classify("the vocal is lost in the mud", ()).tone is None
    assert classify("vocal buried under all that boom", ()).tone is None
    assert classify("the vocal is buried", ()).tone is None


def test_buried_and_dull_at_a_fine_level_says_the_meter_and_no_fader_card():
    ans = advise_rock("the lead vox is buried and dull", snapshot=rock_snapshot())
    assert ans.text.startswith(
        "Its level is fine, so I'd leave its fader: nothing I measured says 'Lead Vox' is too low."
    ), ans.text
    assert "-13.0 dBFS peak" in ans.text, ans.text
    assert "On the dullness: nothing I measured on the mix or on 'Lead Vox' reads dull" in ans.text, ans.text
    assert "gentle shelf" in ans.text, ans.text
    assert not any(s.action == "nudge_volume_db" for s in ans.suggestions), ans.suggestions
    assert (
        ans.suggestions
        and ans.suggestions[0].action == "eq_band"
        and ans.suggestions[0].params["gain_db"] > 0
    )


def test_buried_and_dull_measured_too_quiet_gets_the_fader_then_the_tone():
    quiet = level_finding("Lead Vox", "lead vocals", -9.0)
    ans = advise_rock("is the lead vox buried and dull?", (quiet,), snapshot=rock_snapshot())
    assert ans.text.startswith("Yes: 'Lead Vox' sits about 9 dB quieter"), ans.text
    assert "up about 8 dB" in ans.text, ans.text  # the fader move with its number
    assert (
        "On the dullness: nothing I measured on the mix or on 'Lead Vox' reads dull, so once its level is set"
        in (ans.text)
    )
    assert [(s.action, s.track, s.params["delta_db"]) for s in ans.suggestions] == [
        ("nudge_volume_db", "Lead Vox", 8.0)
    ]
    assert len(ans.text.split()) <= 120


def test_a_dull_mix_measured_where_the_buried_part_lives_is_cited_after_the_fader_with_no_eq_on_it():
    quiet = level_finding("Lead Vox", "lead vocals", -9.0)
    ans = advise_rock("the lead vox is buried and dull", (quiet, DULL_MIX), snapshot=rock_snapshot())
    assert ans.text.startswith("Bring the fader on 'Lead Vox' (it's at +0.0 dB now) up about 8 dB"), ans.text
    assert "On the dullness: the mix sounds dull. The top end (above 6 kHz): 6.5 dB lighter" in ans.text, (
        ans.text
    )
    # the whole mix's top is not the buried part's doing: its fader is the only card
    assert [(s.action, s.track) for s in ans.suggestions] == [("nudge_volume_db", "Lead Vox")], (
        ans.suggestions
    )


def test_buried_by_another_part_keeps_the_usual_answer():
    from fakes.band_sessions import guitar_masks_vocal

    loud_gtr = level_finding("Gtr L", "electric guitars", 9.0)
    ans = advise_rock(
        "the lead vox is buried and dull", (loud_gtr, guitar_masks_vocal()), snapshot=rock_snapshot()
    )
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].params["delta_db"] < 0, ans.text
    assert "On the dullness" not in ans.text, ans.text
