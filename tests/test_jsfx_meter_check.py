"""The by-hand JSFX meter check (benchmarks/jsfx_meter.py): its reading of the meter's shared memory and of the
transport, its bad-input lines, and the two things running the JSFX in an EEL2 host taught about its source."""

from __future__ import annotations

import re

import numpy as np
import pytest
from analysis_signals import music_like

from benchmarks import jsfx_meter as jm
from companion.listening import track_meter as tm

RATE = 48000


def slot_values(steps: tm.MeterSteps, instance: float = 77.0) -> np.ndarray:
    """A gmem slot as MixAssist_TrackMeter.jsfx's write_record leaves it after writing every step in turn."""
    values = np.zeros(jm.SLOT_STRIDE)
    values[0], values[2], values[3] = jm.PROTOCOL, steps.sample_rate, instance
    for n in range(steps.n_steps):
        at = jm.HEADER + (n % jm.RING) * jm.RECORD
        values[at : at + 2] = steps.k_energy[n]
        bands = np.where(np.isnan(steps.band_power[n]), -1.0, steps.band_power[n])
        values[at + 2 : at + 2 + 2 * jm.NBANDS] = bands.reshape(-1)
        values[1] = n + 1
    return values


def test_a_slot_reads_back_oldest_first_after_the_ring_wraps() -> None:
    steps = tm.meter_steps(music_like(14.0, RATE, 4), RATE)
    assert steps.n_steps == 140  # more than the 128-record ring
    got = jm.steps_from_slot(slot_values(steps), RATE)
    assert got.n_steps == jm.RING
    np.testing.assert_array_equal(got.k_energy, steps.k_energy[-jm.RING :])
    np.testing.assert_array_equal(got.band_power, steps.band_power[-jm.RING :])


def test_an_unknown_band_reads_back_as_unknown() -> None:
    steps = tm.meter_steps(music_like(2.0, 8000, 5), 8000)  # presence and air start above the 4 kHz Nyquist
    got = jm.steps_from_slot(slot_values(steps), 8000)
    assert np.isnan(got.band_power[:, :, -2:]).all()  # written -1: no bins
    assert not np.isnan(got.band_power[:, :, :-2]).all()  # the rest known wherever a frame completed ...
    np.testing.assert_array_equal(np.isnan(got.band_power), np.isnan(steps.band_power))  # ... and only there


def test_memory_without_the_protocol_id_is_refused() -> None:
    with pytest.raises(ValueError, match="not a MixAssist track meter slot"):
        jm.steps_from_slot(np.zeros(jm.SLOT_STRIDE), RATE)


def test_the_transport_pattern_gives_the_stretches_the_meter_hears() -> None:
    samples = np.zeros((1024 * 180, 2), dtype=np.float32)
    case = jm.Case("stop", RATE, 1024, samples, "1" * 80 + "0" * 30 + "1" * 60 + "0" * 10)
    # 180 blocks: playing 0-79, stopped 80-109, playing 110-169, stopped 170-179
    assert [len(s) for s in case.stretches()] == [80 * 1024, 60 * 1024]
    assert [len(s) for s in jm.Case("all", RATE, 1000, samples).stretches()] == [len(samples)]


def test_the_mirror_of_a_stopped_and_restarted_clip_starts_over() -> None:
    x = music_like(6.0, RATE, 6).astype(np.float32)
    case = jm.Case("restart", RATE, 4800, x, "1" * 25 + "0" * 5)  # 2.5 s on, 0.5 s off, twice
    want = np.concatenate([tm.meter_steps(s.astype(np.float64), RATE).k_energy for s in case.stretches()])
    got = jm.mirror(case)
    assert got.n_steps == 50  # two full stretches of 25 steps
    np.testing.assert_allclose(got.k_energy, want)


def test_without_a_ysfx_build_it_says_so_in_one_line(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    assert jm.main(["--ysfx", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot build the host" in err[0]


def test_without_a_ysfx_given_it_says_how_to_give_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MIXASSIST_YSFX", raising=False)
    assert jm.main([]) == 2
    assert "--ysfx" in capsys.readouterr().err


def _code(jsfx: str) -> str:
    return "\n".join(line.split("//", 1)[0] for line in jsfx.splitlines())


def test_the_meter_has_no_number_eel2_cannot_parse() -> None:
    """EEL2 (REAPER's JSFX compiler, as ysfx runs it) stops at an exponent literal: ``1e-20`` is a syntax error
    there (found by running the meter), so a constant that small is written ``10 ^ -20``."""
    code = _code(jm.METER.read_text(encoding="utf-8"))
    assert not re.search(r"\b\d+(\.\d*)?[eE][-+]?\d", code)


def test_the_meter_passes_audio_bit_for_bit() -> None:
    """REAPER adds 10^-16 to every input sample of a JSFX unless it sets ext_nodenorm (ysfx does the same);
    the meter sets it and feeds its own filters a DC guard instead."""
    init = _code(jm.METER.read_text(encoding="utf-8")).split("@init", 1)[1].split("@slider", 1)[0]
    assert re.search(r"^\s*ext_nodenorm\s*=\s*1\s*;", init, re.M)
    sample = jm.METER.read_text(encoding="utf-8").split("@sample", 1)[1]
    assert "spl0 + DC_GUARD" in sample and "spl1 + DC_GUARD" in sample
    assert not re.search(r"spl[01]\s*=(?!=)", _code(sample))  # never writes the audio
