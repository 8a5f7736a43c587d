"""A tone complaint about one part is looked at where that tone lives (``model.tone_home``), whatever the part, and
answered measured-verdict first with the by-ear move as a try, naming the tracks it looked at
(``model.tone_answer``)."""

from __future__ import annotations

from fakes.analyses import clean, tilted
from fakes.band_sessions import advise_rock, metered_rock

from companion.context import Finding, FindingKind, MixContext
from model.evidence import area_remark, pick_area, track_evidence
from model.session_view import SessionView
from model.tone_answer import nothing_sentence, states_complaint
from model.tone_home import areas_for, craft_areas, home_band

# per-track band meters (dB FS): two guitars strongest at 2-4 kHz, 'Gtr L' 1 dB more there, and a keys part
GTR_L = {"sub": -68.5, "bass": -38.9, "low_mid": -43.6, "mid": -34.7, "high_mid": -32.8, "presence": -45.6,
         "air": -57.5}  # fmt: skip
GTR_R = {"sub": -79.2, "bass": -46.2, "low_mid": -45.5, "mid": -38.4, "high_mid": -33.8, "presence": -49.7,
         "air": -63.6}  # fmt: skip
KEYS = {"sub": -77.3, "bass": -59.5, "low_mid": -35.9, "mid": -37.3, "high_mid": -46.0, "presence": -52.8,
        "air": -65.1}  # fmt: skip
HARSH_LEAN = Finding(
    FindingKind.HARSH,
    0.47,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 10.5 dB.",
    {"range_hz": [2000.0, 5000.0], "center_hz": 3200.0},
)


def test_each_tone_complaint_lives_in_its_own_band():
    assert [home_band(c) for c in ("harsh", "muddy", "boomy", "thin", "dull")] == [
        "high_mid",
        "low_mid",
        "bass",
        "bass",
        "air",
    ]
    assert home_band("quiet") is None and home_band(None) is None  # no tone kind: no home


def test_the_area_named_reaches_where_the_complaint_lives_else_the_general_one():
    # an electric guitar names presence at 1.3-2 kHz and fizz at 5-8 kHz: neither is where harshness lives
    area, general = areas_for("electric_guitar", "harsh", ("presence", "fizz"))
    assert general and (area.name, area.lo_hz, area.hi_hz) == ("harshness", 2000.0, 4000.0)
    area, general = areas_for("keys", "harsh", ("presence",))  # keys' presence: 2.5-5 kHz
    assert not general and area.name == "presence"
    area, general = areas_for("lead_vocal", "muddy", ("mud", "box", "fullness"))  # fullness 150-250 Hz
    assert general and area.name == "mud" and (area.lo_hz, area.hi_hz) == (250.0, 400.0)
    area, general = areas_for("hihat", "boomy", ("sub", "punch", "weight", "boom", "body", "low end"))
    assert general and (area.name, area.lo_hz, area.hi_hz) == ("boom", 50.0, 160.0)
    # a by-ear dip for a harsh electric guitar goes to 2-4 kHz, not to its fizz at 6.3 kHz
    assert [a.name for a in craft_areas("electric_guitar", "harsh", ("attack", "fizz"), cut=True)] == [
        "harshness"
    ]
    assert [a.name for a in craft_areas("kick", "harsh", ("attack", "crack"), cut=True)] == [
        "attack"
    ]  # 2.5-4 kHz
    # the asker's own word names the area: "fizzy" guitars are dipped in their fizz range (5-8 kHz)
    worded = craft_areas(
        "electric_guitar", "harsh", ("attack", "fizz"), cut=True, said="my guitars sound fizzy"
    )
    assert [a.name for a in worded] == ["fizz"]
    # a boost stays on the ranges the instrument names: horns name none for body, so no 70 Hz lift for "warmer"
    assert craft_areas("horns", "thin", ("body", "weight", "fullness"), cut=False) == []


def test_a_harsh_guitar_cites_the_high_mid_band_not_the_mid_band():
    a = clean(**tilted({"mid": 2.0, "high_mid": 7.0}))
    al = pick_area(a, "electric_guitar", "harsh")
    assert al is not None and al.band == "high_mid" and al.general
    assert al.deviation_db == round(a.balance_vs_target_db["high_mid"], 1)
    said = al.says("electric_guitar")
    assert said.startswith("where harshness lives, the whole mix's high-mid band (2 kHz-4 kHz) is "), said
    assert f"{al.deviation_db:.1f} dB above the median real mix" in said
    synth = pick_area(a, "synth", "harsh")  # a synth borrows the keys' areas: its presence reaches 2-5 kHz
    assert synth is not None and synth.band == "high_mid" and not synth.general
    assert synth.says("synth").startswith("where the synth's presence sits, the whole mix's high-mid band")
    keys = area_remark(MixContext("keys sound muddy", None, None, a, ()), "keys", "muddy")
    assert (
        keys is not None
        and keys.band == "low_mid"
        and keys.says("keys").startswith("where the keys' mud sits")
    )
    # a complaint that is no tone kind keeps the instrument's first named area
    punch = pick_area(a, "kick", "punch")
    assert punch is not None and punch.area.name == "punch" and punch.band == "bass"


def test_a_stated_complaint_is_not_a_how_asked_for():
    assert states_complaint("my guitar sounds harsh")
    assert not states_complaint("how do i make my guitar less harsh")
    assert not states_complaint("make the keys brighter")


def test_nothing_sentence_names_every_track_looked_at():
    snap = metered_rock({"Gtr L": GTR_L, "Gtr R": GTR_R})
    ctx = MixContext("my guitar sounds harsh", None, snap, clean(), ())
    ev = track_evidence(ctx, SessionView(snap).named("Gtr L"))  # type: ignore[arg-type]
    assert nothing_sentence(ev, "harsh") == "Nothing I measured says 'Gtr L' is harsh."
    assert (
        nothing_sentence(ev, "harsh", ("Gtr R",))
        == "I looked at both 'Gtr L' and 'Gtr R': nothing I measured says either is harsh."
    )


def test_a_harsh_guitar_with_nothing_measured_gets_the_verdict_first_and_the_dip_as_a_try():
    snap = metered_rock({"Gtr L": GTR_L, "Gtr R": GTR_R, "Keys": KEYS})
    ans = advise_rock("my guitar sounds harsh", (), snapshot=snap)
    assert ans.text.startswith(
        "I looked at both 'Gtr L' and 'Gtr R': nothing I measured says either is harsh. 'Gtr L' is the stronger of "
        "the two in the high-mid band (2 kHz-4 kHz), where harshness lives, so start there. If you still hear it: "
        "on 'Gtr L', dip 2.5 dB around 2.8 kHz"
    ), ans.text
    card = ans.suggestions[0]
    assert card.action == "eq_band" and card.track == "Gtr L" and card.params["freq_hz"] == 2800
    assert card.params["gain_db"] == -2.5 and "mid band (500 Hz-2 kHz)" not in ans.text
    # asked how, the move they asked for comes first
    how = advise_rock("how do i make my guitar less harsh", (), snapshot=snap)
    assert how.text.startswith("On 'Gtr L', dip 2.5 dB around 2.8 kHz"), how.text


def test_a_harsh_lean_the_guitars_carry_is_said_before_the_dip_on_the_stronger_one():
    snap = metered_rock({"Gtr L": GTR_L, "Gtr R": GTR_R, "Keys": KEYS})
    ans = advise_rock("my guitar sounds harsh", (HARSH_LEAN,), snapshot=snap)
    assert ans.text.startswith("The mix leans a little harsh"), ans.text
    assert "'Gtr L' is the stronger of the two in the high-mid band (2 kHz-4 kHz)" in ans.text
    assert "If it does: on 'Gtr L', dip 2.5 dB around 2.8 kHz" in ans.text, ans.text
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].params["gain_db"] < 0
