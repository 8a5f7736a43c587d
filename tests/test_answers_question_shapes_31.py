"""Two shapes from held-out set 19's run (issue 10), each an engineer's rule: "how do I fix the mud/harshness?"
with a part measured clearly too loud in that range leads with that part's fader (balance before EQ), the EQ on
the whole mix's lean as the next step; and "guitar level ok in there?" asks whether the part is fine, so a part
measured fine is a yes."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding, rock_snapshot

from companion.context import Finding, FindingKind


def _lean(kind: FindingKind, word: str, lo_hz: float, hi_hz: float) -> Finding:
    return Finding(
        kind,
        0.45,
        f"The mix leans a little {word}. A build-up of 7.0 dB against the usual shape of real mixes.",
        {"range_hz": [lo_hz, hi_hz], "excess_db": 7.0},
    )


def test_how_to_fix_a_tone_with_a_part_too_loud_there_leads_with_its_fader_then_the_eq():
    cases = (
        ("how do i get rid of the harshness", level_finding("Gtr L", "electric guitars", 10.0),
         _lean(FindingKind.HARSH, "harsh", 2000.0, 4000.0), "harsh"),
        ("how do i tame the low end its all mud", level_finding("Bass", "bass", 10.0),
         _lean(FindingKind.MUDDY, "muddy", 200.0, 500.0), "muddy"),
    )  # fmt: skip
    for q, loud, lean, word in cases:
        ans = advise_rock(q, (loud, lean), snapshot=rock_snapshot())
        first = ans.suggestions[0]
        assert first.action == "nudge_volume_db" and first.track == loud.track, (q, ans.text)
        assert first.params["delta_db"] < 0, ans.text
        assert ans.text.startswith(f"Bring the fader on {loud.track!r}"), ans.text
        assert f"Then, if it is still {word}:" in ans.text, ans.text


def test_how_to_fix_a_tone_with_only_the_lean_keeps_the_eq_answer():
    lean = _lean(FindingKind.HARSH, "harsh", 2000.0, 4000.0)
    ans = advise_rock("how do i get rid of the harshness", (lean,), snapshot=rock_snapshot())
    assert not any(s.action == "nudge_volume_db" for s in ans.suggestions), ans.text
    assert "Then, if it is still" not in ans.text, ans.text
    quiet = level_finding("Keys", "keys", -10.0)  # a part too quiet is no cause of too much
    ans = advise_rock("how do i get rid of the harshness", (quiet, lean), snapshot=rock_snapshot())
    assert not ans.text.startswith("Bring the fader on 'Keys'"), ans.text


def test_a_part_level_ok_in_there_is_a_yes_when_it_is_fine():
    for q in ("guitar level ok in there?", "bass alright in here?", "vox level ok in there?"):
        ans = advise_rock(q, snapshot=rock_snapshot())
        assert ans.text.startswith("Yes"), (q, ans.text)
    ans = advise_rock(
        "bass level ok in there?", (level_finding("Bass", "bass", 10.0),), snapshot=rock_snapshot()
    )
    assert ans.text.startswith("No"), ans.text
