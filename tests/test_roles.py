"""Role recognition on realistic REAPER track names, including the MixologyDB sessions' own names, and the
balance priors derived for those roles (companion.knowledge.roles, companion.knowledge.priors)."""

from __future__ import annotations

import pytest

from companion.knowledge.priors import balance_mixes, typical_level
from companion.knowledge.roles import NOT_A_PART, ROLE_WORDS, ROLES, SUPPORT_ROLES, instrument_role

MIXOLOGYDB_NAMES = [
    # (name as it appears in the MixologyDB sessions, role)
    ("KOut CONS", "kick"), ("KickBatter_16", "kick"), ("SnT2.09", "snare"), ("SnareDown", "snare"),
    ("HH CONS", "hihat"), ("DrRmHH_07", "hihat"), ("Tom1 CONS", "toms"), ("FlTom", "toms"),
    ("StOH (Stereo)", "overheads"), ("OHL COMP_01", "overheads"), ("Room1 L", "room"), ("DrRm_16", "room"),
    ("Tambourine", "percussion"), ("SHAKER PHASER.01_02", "percussion"), ("BELLS CRAP.01_06", "percussion"),
    ("BassDIOD CONS", "bass"), ("BassAmp.01_01", "bass"), ("Paul GTR R84", "electric_guitar"),
    ("Hvy Git 1", "electric_guitar"), ("GtrSolo201.09", "electric_guitar"), ("Act Guit (Stereo)", "acoustic_guitar"),
    ("AcGit 1", "acoustic_guitar"), ("EKeys1a CONS", "keys"), ("wrlz hi_10", "keys"), ("Accordian (edit)", "keys"),
    ("OrgODL CONS", "organ"), ("Hammond (Stereo)", "organ"), ("Piano (Stereo)", "piano"),
    ("SynthPad (Stereo)", "pad"), ("SynthLead (Stereo)", "synth"), ("LeadVoc", "lead_vocal"),
    ("LdVoxTape2x_10", "lead_vocal"), ("LDVocVrsDbl2 CONS", "lead_vocal"), ("Vox Double", "lead_vocal"),
    ("GangM3", "backing_vocal"), ("BG vox 4", "backing_vocal"), ("BkV2D", "backing_vocal"), ("Ahs 2", "backing_vocal"),
    ("BckVox5_03", "backing_vocal"), ("Vamp Vox", "backing_vocal"), ("RVB Plate", "fx_return"),
    ("Delay Return", "fx_return"), ("Drum Bus", "drum_bus"), ("Rainstick", "percussion"),
]  # fmt: skip

SESSION_NAMES = [
    # what amateurs and templates call tracks in REAPER
    ("Horns", "horns"), ("Brass Section", "horns"), ("Trumpet 1", "horns"), ("Tenor Sax", "horns"),
    ("Trombone", "horns"), ("Strings", "strings"), ("String Section", "strings"), ("Violins", "strings"),
    ("Cello", "strings"), ("Fiddle", "strings"), ("Warm Pad", "pad"), ("Ambient Pad", "pad"), ("Atmos", "pad"),
    ("Synth Pad", "pad"), ("Pluck Synth", "synth"), ("Arp", "synth"), ("Supersaw Lead", "synth"),
    ("Moog Bass", "bass"), ("Synth Bass", "bass"), ("808", "bass"), ("Upright Bass", "bass"),
    ("Piano", "piano"), ("Grand", "piano"), ("Acoustic Piano", "piano"), ("Rhodes", "keys"), ("Wurli", "keys"),
    ("B3 Organ", "organ"), ("Church Organ", "organ"), ("Choir", "backing_vocal"), ("Choir Aahs", "backing_vocal"),
    ("Harmony Vox", "backing_vocal"), ("BGV Bus", "bus"), ("Vocal Bus", "bus"), ("Guitar Group", "bus"),
    ("Drum Bus", "drum_bus"), ("DrumBus", "drum_bus"), ("Drums", "drum_bus"), ("Clap", "snare"),
    ("Shaker", "percussion"), ("Congas", "percussion"), ("Vocal Reverb", "fx_return"), ("Lead Vocal", "lead_vocal"),
    ("Gtr L", "electric_guitar"), ("Acoustic Gtr", "acoustic_guitar"), ("Submix", "bus"), ("Click", "other"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "role"), MIXOLOGYDB_NAMES + SESSION_NAMES)
def test_role_from_a_realistic_track_name(name: str, role: str) -> None:
    assert instrument_role(name) == role


KIND_OF_BASS_NAMES = [
    # the bass's own word names the instrument; "acoustic", "synth", "upright", "gtr" say which kind of bass
    ("Acoustic Bass", "bass"), ("Ac. Bass", "bass"), ("acoustic bass gtr", "bass"), ("AcBass", "bass"),
    ("Bass Gtr", "bass"), ("Bass Guitar", "bass"), ("Electric Bass", "bass"), ("Upright Bass", "bass"),
    ("Synth Bass", "bass"), ("Bass DI", "bass"), ("Bass Amp", "bass"), ("Double Bass", "bass"),
    # and the names that are not a bass keep their role
    ("Acoustic Gtr", "acoustic_guitar"), ("Ac Gtr", "acoustic_guitar"), ("Acoustic", "acoustic_guitar"),
    ("Acoustic Piano", "piano"), ("Upright Piano", "piano"), ("Bass Drum", "kick"), ("Bassoon", "horns"),
    ("Gtr Sub", "electric_guitar"), ("Sub", "bass"), ("808", "bass"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "role"), KIND_OF_BASS_NAMES)
def test_a_kind_of_bass_is_a_bass_not_the_guitar_its_kind_word_names(name: str, role: str) -> None:
    assert instrument_role(name) == role


def test_every_new_role_has_words_and_a_class() -> None:
    for role in ("piano", "organ", "pad", "strings", "horns", "bus"):
        assert role in ROLES and ROLE_WORDS[role]
    assert {"strings", "horns", "pad", "synth", "piano"} <= set(SUPPORT_ROLES)
    assert {"fx_return", "bus"} <= set(NOT_A_PART) and not set(SUPPORT_ROLES) & set(NOT_A_PART)


def test_typical_levels_exist_only_where_real_mixes_had_the_role() -> None:
    """MixologyDB has kicks, basses, guitars, keys, organs, vocals in many mixes; it has no strings, horns or
    buses and only a handful of pianos, pads and synths: those get no typical level at all."""
    for role in ("kick", "snare", "bass", "electric_guitar", "keys", "organ", "lead_vocal", "backing_vocal"):
        prior = typical_level(role)
        assert prior is not None and prior.residual.n >= 10, role
        assert prior.residual.p10 < prior.residual.q1 <= prior.residual.q3 < prior.residual.p90
    for role in ("strings", "horns", "pad", "synth", "piano", "bus", "fx_return", "other"):
        assert typical_level(role) is None, role
    kit = typical_level("drum_bus")  # a one-track kit is judged as all of a kit's mics together
    assert kit is not None and kit.part == "drum_kit" and kit.count_slope == 0.0
    assert 40 <= balance_mixes() <= 50  # the better-rated half of the 90 mixes


def test_more_tracks_of_a_role_sit_louder_together() -> None:
    """Six backing vocals sum louder than one harmony line: the typical level depends on the track count."""
    bv = typical_level("backing_vocal")
    assert 0.3 < bv.count_slope < 1.0
    assert bv.typical_vs_mix_lu(6) - bv.typical_vs_mix_lu(1) == pytest.approx(bv.count_slope * 7.78, abs=0.01)
    lead = typical_level("lead_vocal")
    assert lead.typical_vs_mix_lu(1) > typical_level("kick").typical_vs_mix_lu(1)  # the vocal sits on top


def test_balance_table_takes_out_each_mixs_offset_and_the_track_count() -> None:
    """Twelve made-up mixes: every part sits at its own level, plus a per-mix offset, plus 0.8 dB per dB of
    track count; two mixes have their bass 9 dB hot. The table recovers the slope, and only that bass stands out."""
    import math

    from companion.knowledge.build_priors import balance_table

    base = {"kick": -16.0, "snare": -15.0, "bass": -13.0, "lead_vocal": -8.0, "electric_guitar": -12.0}
    mixes = []
    for m in range(12):
        guitars = 1 + m % 4
        levels = {r: (v + 0.5 * (m % 3) + (0.8 * 10 * math.log10(guitars) if r == "electric_guitar" else 0.0),
                      guitars if r == "electric_guitar" else 1) for r, v in base.items()}  # fmt: skip
        if m in (5, 9):
            levels["bass"] = (levels["bass"][0] + 9.0, 1)
        mixes.append(levels)
    table = balance_table(mixes, base)
    assert table["count_slope"] == pytest.approx(0.8, abs=0.05)
    parts = table["parts"]
    assert parts["bass"]["residual_lu"]["p90"] > 2.0 and parts["kick"]["residual_lu"]["p90"] < 0.5
    assert parts["drum_kit"]["residual_lu"]["n"] == 12 and parts["lead_vocal"][
        "intercept_lu"
    ] == pytest.approx(-7.5, abs=0.6)
