"""Impact and tone complaints whose measured cause is one part (issue 10): "make the chorus hit harder" with the
horns held far under their place leads with the horns' fader, the attack move after; a tone blamed on the master
("is the mix bus too bright?") with a part measured too loud in that range leads with that part, the whole mix's
lean after; a choice between a master process and a part opens with the side measured, not an EQ paragraph."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding, rock_snapshot, soul_snapshot

from companion.context import Finding, FindingKind


def _harsh_lean() -> Finding:
    return Finding(
        FindingKind.HARSH,
        0.45,
        "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 6.1 dB against the usual "
        "shape of real mixes.",
        {"range_hz": [2000.0, 4000.0], "excess_db": 6.1},
    )


def test_hit_harder_with_the_horns_held_back_leads_with_the_horns_fader_then_the_attack():
    quiet = level_finding("Horns", "horns", -10.0)
    for q in ("how do I make the chorus hit harder", "how do i get more punch in the chorus"):
        ans = advise_rock(q, (quiet,), snapshot=soul_snapshot())
        assert ans.suggestions and ans.suggestions[0].track == "Horns", (q, ans.text)
        assert ans.suggestions[0].params["delta_db"] > 0, ans.text
        assert ans.text.index("'Horns'") < ans.text.index("attack"), ans.text


def test_hit_harder_with_nothing_held_back_keeps_the_dynamics_answer():
    ans = advise_rock("how do I make the chorus hit harder", snapshot=soul_snapshot())
    assert "peak-to-loudness ratio" in ans.text and not ans.suggestions, ans.text
    remark = level_finding("Horns", "horns", -10.0)  # a part too loud is not what holds the hits back
    loud = Finding(FindingKind.TRACK_TOO_LOUD, remark.severity, remark.summary.replace("quieter", "louder"),
                   {**remark.evidence, "deviation_db": 10.0, "suggested_delta_db": -9.0}, track="Horns")  # fmt: skip
    ans = advise_rock("how do I make the chorus hit harder", (loud,), snapshot=soul_snapshot())
    assert not (ans.suggestions and ans.suggestions[0].track == "Horns" and ans.text.startswith("Bring")), (
        ans.text
    )


def test_a_tone_blamed_on_the_master_with_a_part_too_loud_there_leads_with_the_part_then_the_lean():
    loud = level_finding("Lead Vox", "lead vocals", 10.0)
    for q, place in (
        ("is the mix bus too bright?", "the mix bus"),
        ("is the master too harsh?", "the master"),
    ):
        ans = advise_rock(q, (loud, _harsh_lean()), snapshot=rock_snapshot())
        assert ans.text.startswith(f"No, not {place}: 'Lead Vox'"), ans.text
        assert ans.suggestions[0].track == "Lead Vox" and ans.suggestions[0].params["delta_db"] < 0
        assert "leans a little harsh" in ans.text, ans.text


def test_a_tone_blamed_on_the_master_with_only_the_lean_keeps_the_lean():
    ans = advise_rock("is the mix bus too bright?", (_harsh_lean(),), snapshot=rock_snapshot())
    assert not ans.text.startswith("No, not"), ans.text
    quiet = level_finding("Keys", "keys", -10.0)  # a part too quiet does not make the top end too much
    ans = advise_rock("is the mix bus too bright?", (quiet, _harsh_lean()), snapshot=rock_snapshot())
    assert "'Keys'" not in ans.text.split(".")[0], ans.text


def test_master_eq_or_the_guitars_opens_with_the_side_measured():
    loud = level_finding("Gtr L", "electric guitars", 10.0)
    ans = advise_rock("is it the master eq or the guitars?", (loud,), snapshot=rock_snapshot())
    assert ans.text.startswith("The guitars, 'Gtr L'") or ans.text.startswith("The guitars: 'Gtr L'"), (
        ans.text
    )
    assert ans.suggestions[0].track == "Gtr L"
    vocal = level_finding("Lead Vox", "lead vocals", 10.0)
    ans = advise_rock("is it the master eq or the guitars?", (vocal,), snapshot=rock_snapshot())
    assert ans.text.startswith("Neither, first: 'Lead Vox'"), ans.text
    assert ans.suggestions[0].track == "Lead Vox"


def test_the_bus_compressor_is_the_master_side_of_a_choice_and_a_drum_bus_is_not():
    from model.blamed_location import PLACE

    assert PLACE.search("is it the bus compressor or the snare?")
    assert not PLACE.search("is it the drum bus compressor or the snare?")
    loud = level_finding("Snare", "snares", 12.0)
    ans = advise_rock(
        "is it the bus compressor or the snare that's harsh?", (loud,), snapshot=rock_snapshot()
    )
    assert ans.text.startswith("The snare: 'Snare'"), ans.text


def test_a_statement_then_a_bare_how_wants_the_move_not_a_yes():
    from model.intent import Wants, classify

    assert classify("drop needs more punch, how?", ()).wants == Wants.HOW_TO
    assert classify("is the kick too loud?", ()).wants == Wants.JUDGE
    quiet = level_finding("Kick", "kick drums", -10.0)
    ans = advise_rock("the chorus needs more punch, how?", (quiet,), snapshot=rock_snapshot())
    assert not ans.text.startswith("Yes"), ans.text
    assert ans.suggestions[0].track == "Kick" and ans.suggestions[0].params["delta_db"] > 0
