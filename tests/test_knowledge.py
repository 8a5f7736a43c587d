"""Mixing knowledge: loudness targets, bands, track-name roles, MixologyDB priors and techniques."""

from __future__ import annotations

import copy
import itertools
import json
import math
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from companion.context import BAND_NAMES, Topic
from companion.errors import BadInput
from companion.knowledge import build_priors as kb
from companion.knowledge.areas import INSTRUMENT_AREAS, frequency_areas
from companion.knowledge.bands import BAND_DESCRIPTIONS, BANDS, band_of
from companion.knowledge.priors import priors_table, starting_points
from companion.knowledge.roles import ROLES, instrument_role, role_topic
from companion.knowledge.targets import loudness_target
from companion.knowledge.techniques import TECHNIQUES, technique

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "companion" / "knowledge" / "data" / "mixology_priors.json"


def _source() -> Path | None:
    """The raw MixologyDB file: $MIXASSIST_SHARED, else ../shared beside the clone (as on CI)."""
    roots = [Path(os.environ["MIXASSIST_SHARED"])] if os.environ.get("MIXASSIST_SHARED") else []
    roots.append(Path(__file__).resolve().parents[2] / "shared")
    for root in roots:
        path = root / "data" / "mixologydb" / "final-track-data.json"
        if path.is_file():
            return path
    return None


# ---------------------------------------------------------------- the committed table


@pytest.mark.skipif(_source() is None, reason="MixologyDB source not available (set MIXASSIST_SHARED)")
def test_committed_priors_regenerate_identically_from_the_source():
    committed = COMMITTED.read_text(encoding="utf-8")
    date = json.loads(committed)["provenance"]["generated_on"]
    assert kb.dumps(kb.build(_source(), generated_on=date)) == committed


@pytest.mark.skipif(_source() is None, reason="MixologyDB source not available (set MIXASSIST_SHARED)")
def test_build_script_runs_as_a_module(tmp_path):
    out = tmp_path / "priors.json"
    date = json.loads(COMMITTED.read_text())["provenance"]["generated_on"]
    cmd = [
        sys.executable,
        "-m",
        "companion.knowledge.build_priors",
        str(_source()),
        "--out",
        str(out),
        "--date",
        date,
    ]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text() == COMMITTED.read_text()


def test_priors_provenance_names_source_licence_author_and_counts():
    prov = priors_table()["provenance"]
    assert prov["source_file"] == "final-track-data.json"
    assert prov["licence"] == "MIT" and prov["author"] == "Michael Clemens"
    assert "De Man" in prov["dataset"] and "2017" in prov["dataset"]
    assert prov["counts"] == {"mixes": 90, "songs": 13, "tracks": 2411, "tracks_used": 2386}
    assert len(prov["source_sha256"]) == 64 and prov["method"] and prov["generated_on"]
    assert prov["skipped"]["compressor attack/release: knob units"] > 0  # 1176-style plug-ins are not in ms


@pytest.mark.parametrize("role", ROLES)
def test_every_spread_is_ordered_and_counted(role):
    sp = starting_points(role)
    spreads = [sp.hpf_hz, sp.gain_db, sp.level_vs_mix_lu, sp.role_level_vs_mix_lu, sp.pan.abs_pan]
    spreads += [getattr(sp.compressor, f) for f in ("ratio", "attack_ms", "release_ms", "threshold_db")]
    spreads += [m.freq_hz for m in sp.eq_moves] + [m.gain_db for m in sp.eq_moves]
    for s in filter(None, spreads):
        assert s.q1 <= s.median <= s.q3 and s.n >= 1
    assert 0.0 <= sp.hpf_share <= 1.0 and 0.0 <= sp.compressor.share <= 1.0
    assert sp.lines and all("MixologyDB" in line for line in sp.lines)


# ---------------------------------------------------------------- priors make musical sense


def test_kick_and_bass_are_high_passed_lower_than_guitars_vocals_and_hats():
    hpf = {
        r: starting_points(r).hpf_hz.median
        for r in ("kick", "bass", "electric_guitar", "lead_vocal", "hihat")
    }
    assert hpf["kick"] < 60 and hpf["bass"] < 80
    assert max(hpf["kick"], hpf["bass"]) < min(hpf["electric_guitar"], hpf["lead_vocal"]) < hpf["hihat"]
    assert 80 <= hpf["electric_guitar"] <= 150  # the note: high-pass electric guitars below ~80-120 Hz


def test_vocals_and_bass_are_compressed_more_often_than_overheads_and_guitars():
    share = {
        r: starting_points(r).compressor.share for r in ("lead_vocal", "bass", "overheads", "electric_guitar")
    }
    assert share["lead_vocal"] > share["overheads"] > share["electric_guitar"]
    assert share["bass"] > share["overheads"]
    ratio = starting_points("lead_vocal").compressor.ratio
    assert 2.0 <= ratio.median <= 4.5 and ratio.n > 100


def test_relative_levels_are_ordered_plausibly():
    level = {
        r: starting_points(r).role_level_vs_mix_lu.median
        for r in ROLES
        if starting_points(r).role_level_vs_mix_lu is not None and r not in ("drum_bus", "fx_return")
    }
    assert {"kick", "bass", "lead_vocal", "organ", "keys"} <= set(level)
    assert all(v < 0 for v in level.values())  # no part is louder than the whole mix
    assert level["lead_vocal"] > level["hihat"] + 10
    assert level["lead_vocal"] > level["kick"] and level["lead_vocal"] > level["toms"]
    assert level["bass"] > level["percussion"] and level["snare"] > level["toms"]
    track = starting_points("lead_vocal").level_vs_mix_lu
    assert track.median < level["lead_vocal"]  # one of several lead takes is quieter than all of them


def test_core_parts_are_panned_centre_and_guitars_are_spread():
    centred = {
        r: starting_points(r).pan.centred_share for r in ("kick", "snare", "bass", "electric_guitar", "toms")
    }
    assert min(centred["kick"], centred["snare"], centred["bass"]) > 0.85
    assert max(centred["electric_guitar"], centred["toms"]) < 0.4


def test_common_eq_moves_include_the_kick_low_boost_and_box_cut():
    moves = {(m.kind, m.band) for m in starting_points("kick").eq_moves}
    assert ("bell_boost", "bass") in moves and ("bell_cut", "mid") in moves
    top = starting_points("kick").eq_moves[0]
    assert 60 <= top.freq_hz.median <= 120 and top.gain_db.median > 0


def test_provenance_line_quotes_the_measured_numbers():
    sp = starting_points("electric_guitar")
    assert sp.provenance == (
        f"in 90 real mixes (MixologyDB), engineers high-passed electric guitars on {sp.hpf_share:.0%} of "
        f"{sp.n_tracks} tracks, around {sp.hpf_hz.median:.0f} Hz (IQR {sp.hpf_hz.q1:.0f}-{sp.hpf_hz.q3:.0f} Hz)"
    )
    assert starting_points("drum_bus").lines == (
        "in 90 real mixes (MixologyDB) there are only 4 drum buses, too few to say what is typical",
    )


# ---------------------------------------------------------------- the derivation on messy input


def _track(name, kind, sub, gain, lufs, **params):
    return {
        "track-name": name,
        "track-type": "AUDIO" if kind else "AUX",
        "track-instrument-type": kind,
        "track-instrument-subtype": sub,
        "parameters": {"gain": gain, "pan": params.pop("pan", [0]), **params},
        "track-audio-features": {"track-audio-lufs": lufs} if lufs is not None else {},
    }


def _messy() -> dict:
    hp = {"type": "HP", "value": {"freq": "40", "q": 0.7, "gain": 24}}
    return {
        "mixes": [
            {"mix-name": "A", "song-name": "S1", "tracks": [
                _track("Kick In", "DRUMS", "KICK", "-3.5 dB", -20.0, eq=[hp, {"type": "NOTCH", "value": {
                    "freq": 400, "q": 2, "gain": -4}}],
                    compression=[{"name": "Compressor", "ratio": "4.0:1", "thres": -20, "attack": "10 ms", "release": 100}]),
                _track("Kick Out", "DRUMS", "KICK", None, -30.0, eq=[{"type": "NOTCH", "value": {"freq": "abc", "gain": 3}}],
                    compression=[{"name": "BF-76", "ratio": "8:1", "attack": 3, "release": 5}]),
                _track("Lead Vox", "VOCALS", "LEAD", 0, -20.0, pan=[-20],
                    compression=[{"name": "Channel Strip", "ratio": "2:1", "thresh": -18, "attack": 5, "release": 50}]),
                _track("Verb", None, None, 0, None, reverb=[{"name": "LexHall", "type": "HALL", "length": 2000}]),
                "not a track",
            ]},
            {"mix-name": "B", "song-name": "S1", "tracks": [
                _track("Kick", "DRUMS", "KICK", 0.0, -26.0, eq=[{"type": "HP", "value": {"freq": 60, "gain": 12}},
                    {"type": "HP", "value": {"freq": 30, "gain": 12}}, {"type": "HS", "value": {"freq": 5e6, "gain": 3}}],
                    gate=[{"name": "Expander/Gate", "thresh": -30, "attack": 0.1, "hold": 50, "release": 120,
                           "range": -100000}]),
                _track("Vox", "VOCALS", "LEAD", -6, -14.0, pan="30", compression=[{"name": "Maxim", "thresh": -6}]),
                _track("Aux 1", None, None, 0, None),
            ]},
            {"mix-name": "C", "song-name": "S2", "tracks": "oops"},
        ]
    }  # fmt: skip


def _derive(data: dict) -> dict:
    return kb.derive_priors(data, source_name="x.json", source_sha256="0" * 64, generated_on="2026-01-01")


def test_derivation_parses_messy_values_and_counts_what_it_skips():
    out = _derive(_messy())
    kick, vox = out["roles"]["kick"], out["roles"]["lead_vocal"]
    assert (kick["n_tracks"], kick["n_mixes"], vox["n_tracks"]) == (3, 2, 2)
    # "40" as a string, and the highest of two high-passes (60 and 30)
    assert kick["hpf"]["freq_hz"] == {"median": 50.0, "q1": 45.0, "q3": 55.0, "n": 2}
    assert kick["hpf"]["share"] == round(2 / 3, 3)
    assert kick["compressor"]["ratio"] == {"median": 6.0, "q1": 5.0, "q3": 7.0, "n": 2}  # "4.0:1" and "8:1"
    assert kick["compressor"]["threshold_db"]["median"] == -20.0  # the "thres" typo variant
    # "10 ms" parsed; the BF-76's knob positions left out
    assert kick["compressor"]["attack_ms"] == {"median": 10.0, "q1": 10.0, "q3": 10.0, "n": 1}
    assert kick["gate"]["range_db"]["median"] == -100.0 and kick["gate"]["share"] == round(1 / 3, 3)
    assert kick["gain_db"]["n"] == 2  # "-3.5 dB" parsed, None skipped
    assert kick["eq"]["moves"][0]["kind"] == "bell_cut" and kick["eq"]["moves"][0]["band"] == "low_mid"
    assert vox["compressor"]["share"] == 0.5  # Maxim is a limiter, not a compressor
    assert out["overall"]["limiter_threshold_db"]["median"] == -6.0
    assert vox["pan"]["abs_pan"]["median"] == 0.25 and vox["pan"]["centred_share"] == 0.0  # [-20] and "30"
    assert (
        out["roles"]["fx_return"]["n_tracks"] == 1
        and out["overall"]["reverb"]["decay_ms"]["HALL"]["median"] == 2000
    )
    skipped = out["provenance"]["skipped"]
    assert skipped["eq freq: not a number"] == 1 and skipped["eq freq: out of range"] == 1
    assert skipped["compressor attack/release: knob units"] == 1
    assert (
        skipped["track: not an object"] == 1
        and skipped["track: no usable role (untyped aux/signal or unknown type)"] == 1
    )
    assert out["provenance"]["counts"] == {"mixes": 3, "songs": 2, "tracks": 8, "tracks_used": 6}


def test_level_vs_mix_is_post_fader_loudness_minus_the_power_sum():
    out = _derive(_messy())
    # mix A: kick in -23.5, lead -20 (kick out has no gain); mix B: kick -26, vox -20
    mix_a = 10 * math.log10(10 ** (-2.35) + 10 ** (-2.0))
    mix_b = 10 * math.log10(10 ** (-2.6) + 10 ** (-2.0))
    kick = out["roles"]["kick"]["level_vs_mix_lu"]
    assert kick["n"] == 2
    assert kick["median"] == round(((-23.5 - mix_a) + (-26.0 - mix_b)) / 2, 1)
    vox = out["roles"]["lead_vocal"]["level_vs_mix_lu"]
    assert vox["q1"] == round(-20 - mix_a + 0.25 * ((-20 - mix_b) - (-20 - mix_a)), 1)


def test_derivation_does_not_depend_on_the_order_of_mixes_or_tracks():
    data = _messy()
    shuffled = copy.deepcopy(data)
    rng = random.Random(7)
    rng.shuffle(shuffled["mixes"])
    for mix in shuffled["mixes"]:
        if isinstance(mix["tracks"], list):
            rng.shuffle(mix["tracks"])
    assert kb.dumps(_derive(shuffled)) == kb.dumps(_derive(data))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("4.0:1", 4.0), ("4:1", 4.0), ("2.5 : 1", 2.5), (3, 3.0), ("1:4.5", None), ("GATE", None), (None, None)],
)
def test_parse_ratio(raw, expected):
    assert kb.parse_ratio(raw, kb.Skips()) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "No such file"), ("not json {", "Expecting value"), ('{"songs": []}', "no 'mixes' list")],
)
def test_build_script_bad_input_exits_2_with_one_line(tmp_path, content, message):
    path = tmp_path / "final-track-data.json"
    if content is not None:
        path.write_text(content)
    proc = subprocess.run(
        [sys.executable, "-m", "companion.knowledge.build_priors", str(path), "--out", str(tmp_path / "o.json")],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o.json").exists()


@pytest.mark.skipif(_source() is None, reason="MixologyDB source not available (set MIXASSIST_SHARED)")
def test_build_script_unwritable_out_exits_2_with_one_line(tmp_path):
    out = tmp_path / "no such folder" / "priors.json"
    cmd = [sys.executable, "-m", "companion.knowledge.build_priors", str(_source()), "--out", str(out)]
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "cannot write" in proc.stderr


# ---------------------------------------------------------------- track names -> roles

ROLE_CASES = [
    ("Kick In", "kick"), ("Kick Out", "kick"), ("KICK", "kick"), ("BD", "kick"), ("KickIn_15", "kick"),
    ("Kik", "kick"), ("Kick Sub", "kick"), ("808 Kick", "kick"),
    ("Snr Top", "snare"), ("Snare Bottom", "snare"), ("SnTop_15", "snare"), ("SD", "snare"),
    ("Hats", "hihat"), ("HH", "hihat"), ("Hi-Hat", "hihat"), ("HiHat", "hihat"), ("DrRmHH_07", "hihat"),
    ("Tom 1", "toms"), ("Floor Tom", "toms"), ("Rack", "toms"), ("Tom2", "toms"),
    ("OH L", "overheads"), ("OH R", "overheads"), ("Overheads", "overheads"), ("StOH (Stereo)", "overheads"),
    ("OHL_07", "overheads"), ("Ride", "overheads"), ("Cymbals", "overheads"),
    ("Room", "room"), ("Room Mics", "room"), ("Drum Room", "room"), ("Amb", "room"),
    ("Tambourine", "percussion"), ("Shaker", "percussion"), ("Congas", "percussion"), ("Perc", "percussion"),
    ("Drum Bus", "drum_bus"), ("Drums", "drum_bus"), ("Kit COMP_01", "drum_bus"),
    ("Bass DI", "bass"), ("Bass Amp", "bass"), ("BassDI_14", "bass"), ("Sub Bass", "bass"), ("808", "bass"),
    ("Gtr L", "electric_guitar"), ("Rhythm Gtr", "electric_guitar"), ("Lead Gtr", "electric_guitar"),
    ("Electric Guitar", "electric_guitar"), ("RobGtr2", "electric_guitar"), ("Guitar 2", "electric_guitar"),
    ("Acoustic", "acoustic_guitar"), ("Ac Gtr", "acoustic_guitar"), ("AcGuit (Stereo)", "acoustic_guitar"),
    ("Acoustic Guitar", "acoustic_guitar"),
    ("Keys", "keys"), ("Rhodes", "keys"), ("Wurli", "keys"), ("EKeys1a", "keys"),
    ("Piano", "piano"), ("Grand Piano", "piano"), ("Organ", "organ"), ("Hammond (Stereo)", "organ"),
    ("Synth Pad", "pad"), ("Pad", "pad"), ("Synth Lead", "synth"), ("Arp", "synth"),
    ("Strings", "strings"), ("Violin 1", "strings"), ("Horns", "horns"), ("Brass Section", "horns"),
    ("Vocal Bus", "bus"), ("Gtr Group", "bus"),
    ("Lead Vox", "lead_vocal"), ("Vocal", "lead_vocal"), ("LdVox.cmp_01", "lead_vocal"), ("VOX", "lead_vocal"),
    ("Lead Vocal", "lead_vocal"), ("Vox Double", "lead_vocal"), ("Lead", "lead_vocal"),
    ("BV 1", "backing_vocal"), ("Backing Vocals", "backing_vocal"), ("BGV 3", "backing_vocal"),
    ("Harmony", "backing_vocal"), ("BackingVox2", "backing_vocal"), ("Choir", "backing_vocal"),
    ("Verb", "fx_return"), ("Reverb", "fx_return"), ("Delay", "fx_return"), ("Vocal Plate", "fx_return"),
    ("Snare Verb", "fx_return"), ("FX Return", "fx_return"), ("Slap", "fx_return"),
    ("Click", "other"),
    ("Audio 30", None), ("Track 1", None), ("", None), ("   ", None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "role"), ROLE_CASES)
def test_instrument_role_from_track_name(name, role):
    assert instrument_role(name) == role


def test_role_table_covers_the_closed_set():
    assert len(ROLE_CASES) >= 40
    assert {r for _, r in ROLE_CASES} - {None} == set(ROLES)


@pytest.mark.parametrize(
    ("role", "topic"),
    [("kick", Topic.DRUMS), ("drum_bus", Topic.DRUMS), ("bass", Topic.BASS), ("acoustic_guitar", Topic.GUITARS),
     ("synth", Topic.KEYS), ("backing_vocal", Topic.VOCALS), ("fx_return", Topic.OVERALL_MIX)],
)  # fmt: skip
def test_role_topic(role, topic):
    assert role_topic(role) is topic


@pytest.mark.parametrize("call", [role_topic, starting_points, frequency_areas])
def test_unknown_role_is_bad_input_listing_the_roles(call):
    with pytest.raises(BadInput) as err:
        call("tuba")
    assert "'tuba'" in str(err.value) and "lead_vocal" in str(err.value) and "\n" not in str(err.value)


# ---------------------------------------------------------------- targets, bands, areas, techniques


@pytest.mark.parametrize(
    ("name", "lufs", "peak"),
    [("spotify", -14.0, -1.0), ("apple", -16.0, -1.0), ("youtube", -14.0, -1.0), ("ebu", -23.0, -1.0),
     ("cd", -10.5, -0.3), (" Spotify ", -14.0, -1.0)],
)  # fmt: skip
def test_loudness_targets(name, lufs, peak):
    t = loudness_target(name)
    assert (t.integrated_lufs, t.true_peak_max_dbtp) == (lufs, peak) and t.source


def test_cd_target_is_a_documented_convention_range():
    cd = loudness_target("cd")
    assert cd.range_lufs == (-12.0, -9.0) and not cd.normalised and "convention" in cd.source
    assert loudness_target("ebu").range_lufs == (-24.0, -22.0)


def test_unknown_target_is_bad_input_listing_the_names():
    with pytest.raises(BadInput, match=r"unknown loudness target 'radio'; choose one of: apple, cd, ebu"):
        loudness_target("radio")


def test_bands_match_the_contract_and_tile_the_spectrum():
    assert tuple(BANDS) == BAND_NAMES == tuple(BAND_DESCRIPTIONS)
    edges = list(BANDS.values())
    assert edges[0][0] == 20.0 and edges[-1][1] == 20000.0
    assert all(a[1] == b[0] for a, b in itertools.pairwise(edges))
    assert (
        BAND_DESCRIPTIONS["low_mid"].startswith("low_mid: 250-500 Hz")
        and "mud" in BAND_DESCRIPTIONS["low_mid"]
    )


@pytest.mark.parametrize(
    ("freq_hz", "band"),
    [(10, "sub"), (59.9, "sub"), (60, "bass"), (300, "low_mid"), (1000, "mid"), (3000, "high_mid"),
     (5000, "presence"), (12000, "air"), (30000, "air")],
)  # fmt: skip
def test_band_of(freq_hz, band):
    assert band_of(freq_hz) == band


def test_kick_areas_from_the_note():
    areas = {a.name: (a.lo_hz, a.hi_hz) for a in frequency_areas("kick")}
    assert areas == {
        "sub": (20, 60),
        "punch": (60, 100),
        "body": (100, 300),
        "box": (300, 600),
        "attack": (2500, 4000),
    }
    assert frequency_areas("backing_vocal") == frequency_areas("lead_vocal")
    assert frequency_areas("fx_return") == INSTRUMENT_AREAS["general"]
    assert all(a.lo_hz < a.hi_hz and a.source for areas in INSTRUMENT_AREAS.values() for a in areas)


def test_techniques_cover_the_contract_with_data_numbers_where_the_data_has_them():
    assert set(TECHNIQUES) == {
        "compression",
        "eq",
        "reverb",
        "panning",
        "limiting",
        "gating",
        "delay",
        "sidechain",
        "referencing",
        *CRAFT,
    }
    comp = technique("Compression")
    overall = priors_table()["overall"]["compressor"]
    assert comp.numbers["ratio_median"] == overall["ratio"]["median"]
    assert f"{overall['ratio']['median']:g}:1" in comp.facts[0]
    assert technique("eq").numbers["hpf_kick_hz"] == starting_points("kick").hpf_hz.median
    assert (
        technique("gating").numbers["toms_threshold_db"] == starting_points("toms").gate.threshold_db.median
    )
    assert technique("delay").numbers["time_ms_median"] > 0
    assert technique("limiting").numbers["spotify_lufs"] == -14.0
    side = technique("sidechain")
    assert side.facts == () and side.numbers == {} and any("not measured" in c for c in side.conventions)
    for t in TECHNIQUES.values():
        assert 2 <= t.summary.count(". ") + 1 <= 4 and t.explain().startswith(t.summary)


def test_unknown_technique_is_bad_input():
    with pytest.raises(BadInput, match="unknown technique 'autotune'"):
        technique("autotune")


def test_importing_knowledge_reads_no_file():
    code = (
        "import companion.knowledge.areas, companion.knowledge.priors, companion.knowledge.techniques; "
        "from companion.knowledge.tables import load_json; print(load_json.cache_info().currsize)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "0"


# ---------------------------------------------------------------- genres and backing vocals (balance block)


def test_genre_table_gives_each_genres_median_drum_residual_and_the_shift() -> None:
    """Six funk mixes with the kick 4 dB over the rest, six country mixes 4 dB under, four pop mixes level:
    the kick's residual medians are +4 and -4, the pooled median 0, so the shift is (-4, +4); pop, with
    fewer than MIN_GENRE_MIXES mixes, is not a genre of its own."""
    from companion.knowledge.build_balance import MIN_GENRE_MIXES, genre_table

    def mix(kick_db: float) -> dict[str, tuple[float, int]]:
        return {
            "kick": (-18.0 + kick_db, 1),
            "snare": (-16.0, 1),
            "bass": (-13.0, 1),
            "lead_vocal": (-9.0, 1),
        }

    plan = [("FUNK", 4.0)] * 6 + [("COUNTRY", -4.0)] * 6 + [("POP", 0.0)] * 4
    assert 4 < MIN_GENRE_MIXES <= 6
    table = genre_table([mix(db) for _, db in plan], [g for g, _ in plan], slope=0.65)
    kick = table["kick"]
    assert kick["median_by_genre"] == {"COUNTRY": {"median": -4.0, "n": 6}, "FUNK": {"median": 4.0, "n": 6}}
    assert kick["shift_lu"] == [-4.0, 4.0]
    assert table["snare"]["shift_lu"] == [0.0, 0.0]  # the snare sits the same in every genre


def test_the_committed_balance_block_has_drum_genres_and_backing_vocal_tracks() -> None:
    from companion.knowledge.priors import backing_track_vs_lead, genre_shift

    balance = priors_table()["balance"]
    for part in ("kick", "snare", "drum_kit"):
        medians = [g["median"] for g in balance["genres"][part]["median_by_genre"].values()]
        low, high = genre_shift(part)
        assert (
            len(medians) >= 2
            and low <= 0.0 <= high
            and high - low == pytest.approx(max(medians) - min(medians), abs=0.15)
        )
    bv = backing_track_vs_lead()
    assert bv.n > 100 and bv.p10 < bv.q1 < bv.median < bv.q3 < bv.p90
    assert "backing_vocal_track_vs_lead_lu" in balance["about"]


CRAFT = ("deessing", "saturation", "gain_staging", "parallel_compression", "multiband", "automation",
         "transient_shaping", "widening")  # fmt: skip


def test_the_techniques_without_data_carry_a_move_a_check_and_a_usual_verdict_but_no_measured_fact():
    for name in CRAFT:
        t = technique(name)
        assert t.facts == () and t.numbers == {}, name  # MixologyDB annotates none of them
        assert "{track}" in t.move and t.check and t.said, name
        assert t.usual_for("no such role") == dict(t.usual)["*"], name  # any other part: the '*' line
        assert all("(common practice)" in c or "MixologyDB" in c or "panning" in c for c in t.conventions)
    assert technique("deessing").move_on("'Lead Vox'").startswith("Put a de-esser on 'Lead Vox'")
    assert technique("deessing").move_on(None).startswith("Put a de-esser on the vocal")
    assert technique("widening").usual_for("bass").startswith("No, keep it centred")
    assert technique("deessing").usual_for("lead_vocal").startswith("Yes")
    sib = technique("deessing").summary
    assert "5-10 kHz" in sib and "female" in sib and "Split-band" in sib  # where it lives, whose, which mode
