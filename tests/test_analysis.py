"""analyze(): every field on known signals, formats through load_clip, bad input, and the import budget."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tracemalloc

import numpy as np
import pytest
import soundfile as sf
from analysis_signals import music_like, pink_noise, sine

from companion.analysis import analyze, genre_family
from companion.context import BAND_NAMES
from companion.errors import AudioError, BadInput
from companion.listening.audio import load_clip
from companion.listening.reference_curves import UnknownGenre, reference_bands

RATE = 48000


def test_every_field_is_filled_and_the_json_is_clean() -> None:
    result = analyze(music_like(10.0, RATE, 1), RATE, "rock")
    data = result.to_dict()
    json.dumps(data, allow_nan=False)  # the contract never carries NaN or inf
    assert data["duration_s"] == 10.0 and data["sample_rate"] == RATE and data["channels"] == 2
    for key in ("integrated_lufs", "short_term_max_lufs", "lra_lu", "true_peak_dbtp", "sample_peak_dbfs", "plr_db", "crest_db"):  # fmt: skip
        assert isinstance(data[key], float), key
    assert set(data["bands_db"]) == set(BAND_NAMES) and all(v is not None for v in data["bands_db"].values())
    assert all(v is not None for v in data["balance_vs_target_db"].values())
    assert data["genre_family"] == "popular"  # rock: vocal-led popular music (knowledge/data/README.md)
    assert result.plr_db == pytest.approx(result.true_peak_dbtp - result.integrated_lufs)
    assert result.true_peak_dbtp >= result.sample_peak_dbfs
    assert result.short_term_max_lufs >= result.integrated_lufs
    assert result.extra["momentary_max_lufs"] >= result.short_term_max_lufs - 0.01
    json.dumps(result.extra, allow_nan=False)


def test_sine_levels_crest_and_plr() -> None:
    result = analyze(sine(1000.0, 5.0, -6.0, RATE), RATE)
    assert result.sample_peak_dbfs == pytest.approx(-6.0, abs=0.01)
    assert result.true_peak_dbtp == pytest.approx(-6.0, abs=0.02)
    assert result.crest_db == pytest.approx(3.01, abs=0.02)  # a sine's peak is 3.01 dB over its RMS
    assert result.integrated_lufs == pytest.approx(-6.0, abs=0.1)
    assert result.plr_db == pytest.approx(0.0, abs=0.1)
    assert result.bands_db["mid"] == pytest.approx(0.0, abs=0.01)
    assert max(v for k, v in result.bands_db.items() if k != "mid") < -40.0


def test_pink_noise_band_shares_follow_their_octave_widths() -> None:
    """Pink noise carries equal power per octave: each band's share is its width in octaves / 9.97."""
    result = analyze(pink_noise(20.0, RATE, 5), RATE)
    octaves = {
        "sub": 60 / 20,
        "bass": 250 / 60,
        "low_mid": 2.0,
        "mid": 4.0,
        "high_mid": 2.0,
        "presence": 1.5,
        "air": 20 / 6,
    }
    for band, ratio in octaves.items():
        expected = 10 * math.log10(math.log2(ratio) / math.log2(1000.0))
        assert result.bands_db[band] == pytest.approx(expected, abs=0.3), band


@pytest.mark.parametrize(
    ("name", "make", "correlation", "width", "balance_db"),
    [
        ("identical", lambda x, y: (x, x), 1.0, 0.0, 0.0),
        ("inverted", lambda x, y: (x, -x), -1.0, 1.0, 0.0),
        ("independent", lambda x, y: (x, y), 0.0, 0.5, 0.0),
        ("left 6 dB up", lambda x, y: (2 * x, x), 1.0, 0.1, 6.02),
        ("right silent", lambda x, y: (x, 0 * x), 1.0, 0.5, 60.0),
    ],
)
def test_stereo_image(name: str, make, correlation: float, width: float, balance_db: float) -> None:
    noise = np.random.default_rng(7).standard_normal((5 * RATE, 2)).astype(np.float32) * 0.1
    left, right = make(noise[:, 0], noise[:, 1])
    stereo = analyze(np.stack([left, right], axis=1), RATE).stereo
    assert stereo.correlation == pytest.approx(correlation, abs=0.03)
    assert stereo.width == pytest.approx(width, abs=0.03)
    assert stereo.lr_balance_db == pytest.approx(balance_db, abs=0.05)


def test_low_end_correlation_sees_an_inverted_bass_the_full_band_hides() -> None:
    """Bass (< 150 Hz) out of phase between the sides, everything above identical: the full-band correlation
    stays positive, the low-end correlation reads about -1."""
    t = np.arange(8 * RATE) / RATE
    bass = 0.3 * np.sin(2 * np.pi * 70.0 * t)
    top = pink_noise(8.0, RATE, 3)[:, 0]
    top_only = np.fft.irfft(np.fft.rfft(top) * (np.fft.rfftfreq(top.size, 1 / RATE) > 400), top.size)
    top_only *= 0.3 / np.sqrt(np.mean(top_only**2))  # twice the bass power: full-band correlation ~ +0.33
    mix = np.stack([top_only + bass, top_only - bass], axis=1).astype(np.float32)
    stereo = analyze(mix, RATE).stereo
    assert stereo.low_end_correlation == pytest.approx(-1.0, abs=0.02)
    assert stereo.correlation > 0.2


def test_mono_clip() -> None:
    result = analyze(sine(220.0, 3.0, -12.0, RATE, channels=1), RATE)
    assert result.channels == 1
    assert (result.stereo.correlation, result.stereo.width, result.stereo.lr_balance_db) == (1.0, 0.0, 0.0)
    assert result.stereo.low_end_correlation == 1.0


def test_clipped_samples_count_flat_tops_only() -> None:
    x = np.zeros((RATE * 2, 2), np.float32)
    x[100:103, 0] = 1.0  # a flat top of 3: counts 3
    x[200, 0] = 1.0  # a lone full-scale sample: not clipping
    x[300:302, 1] = -0.9995  # a negative flat top of 2 (>= 0.999): counts 2
    x[400:402, 1] = [1.0, -1.0]  # full scale but opposite extremes: not a flat top
    x[500:504, 0] = 0.998  # flat but below 0.999: not clipping
    assert analyze(x, RATE).clipped_samples == 5


def test_dc_offset_is_the_largest_channel_mean() -> None:
    x = sine(440.0, 2.0, -12.0, RATE) + np.array([0.01, -0.02], np.float32)
    assert analyze(x, RATE).dc_offset == pytest.approx(-0.02, abs=1e-4)


def test_digital_silence() -> None:
    result = analyze(np.zeros((RATE * 3, 2), np.float32), RATE)
    assert result.integrated_lufs == -math.inf and result.true_peak_dbtp == -math.inf
    assert result.sample_peak_dbfs == -math.inf and result.clipped_samples == 0
    data = result.to_dict()
    assert data["integrated_lufs"] is None and data["bands_db"]["mid"] is None
    assert data["stereo"] == {
        "correlation": 1.0,
        "width": 0.0,
        "low_end_correlation": 1.0,
        "lr_balance_db": 0.0,
    }


# ---------------------------------------------------------------- genre families and reference curves


@pytest.mark.parametrize(
    ("genre", "family"),
    [(None, "all"), ("", "all"), ("Rock", "popular"), ("indie", "popular"), ("Hip-Hop", "popular"),
     ("hip hop", "popular"), ("R&B", "popular"), ("trap", "popular"), ("Singer Songwriter", "sparse"),
     ("jazz", "sparse"), ("orchestral", "sparse"), ("electronic", "percussive"), ("EDM", "percussive"),
     ("pop_rock", "popular"), ("K-Pop", "popular"), ("ballad", "popular"), ("acoustic", "sparse"),
     ("percussive", "percussive"), ("all", "all")],
)  # fmt: skip
def test_genre_family(genre: str | None, family: str) -> None:
    assert genre_family(genre) == family


def test_unknown_genre_is_one_clear_line() -> None:
    with pytest.raises(UnknownGenre) as info:
        genre_family("polka")
    message = str(info.value)
    assert isinstance(info.value, BadInput) and "\n" not in message
    assert "polka" in message and "rock" in message and "jazz" in message


@pytest.mark.parametrize("family", ["all", "percussive", "sparse", "popular"])
def test_reference_curves_are_shares_of_the_whole(family: str) -> None:
    full = reference_bands(family)
    assert sum(10 ** (v / 10) for v in full.values()) == pytest.approx(1.0, abs=1e-6)
    cut = reference_bands(family, 4000.0)  # an 8 kHz file: presence and air do not exist
    assert math.isnan(cut["presence"]) and math.isnan(cut["air"])
    assert sum(10 ** (v / 10) for v in cut.values() if not math.isnan(v)) == pytest.approx(1.0, abs=1e-6)


def test_families_differ_where_genres_do() -> None:
    """Elowsson & Friberg (2017): more percussion, more low end and more top; the mids barely move."""
    perc, sparse = reference_bands("percussive"), reference_bands("sparse")
    assert perc["bass"] - perc["mid"] > sparse["bass"] - sparse["mid"]
    assert perc["air"] - perc["mid"] > sparse["air"] - sparse["mid"] + 5.0
    assert abs((perc["low_mid"] - perc["mid"]) - (sparse["low_mid"] - sparse["mid"])) < 3.0


def test_references_come_from_real_recordings() -> None:
    """The packaged data: real files with their hashes and licences, split by group, nothing synthetic."""
    from companion.listening.reference_curves import CURVES_FILE

    data = json.loads(CURVES_FILE.read_text(encoding="utf-8"))
    prov = data["provenance"]
    used = [r for r in prov["files"] if "skipped" not in r]
    assert len(used) >= 150 and prov["counts"]["tune"] >= 100 and prov["counts"]["holdout"] >= 40
    assert all(len(r["sha256"]) == 64 and r["licence"] for r in prov["files"])
    splits: dict[str, set[str]] = {}
    for r in used:
        splits.setdefault(r["group"], set()).add(r["split"])
    assert all(len(s) == 1 for s in splits.values())  # variants of one song never on both sides
    assert set(prov["licences"]) == {r["package"] for r in prov["files"]}
    assert "synth" not in prov["method"] and "Nothing here was fitted on companion.synth" in data["source"]
    assert data["families"]["all"]["tracks"] == prov["counts"]["tune"]
    assert data["cross_check"]["agree"] and data["cross_check"]["disagree"]


# ---------------------------------------------------------------- formats through load_clip

FORMATS = [
    ("WAV", "PCM_16"), ("WAV", "PCM_24"), ("WAV", "PCM_32"), ("WAV", "FLOAT"), ("WAV", "DOUBLE"),
    ("FLAC", "PCM_16"), ("FLAC", "PCM_24"),
]  # fmt: skip


@pytest.mark.parametrize(("container", "subtype"), FORMATS)
def test_file_formats_analyse_like_the_samples(tmp_path, container: str, subtype: str) -> None:
    signal = music_like(6.0, 44100, 8)
    path = tmp_path / f"mix.{container.lower()}"
    sf.write(path, signal, 44100, format=container, subtype=subtype)
    from_file = analyze(*_clip_arrays(load_clip(path)))
    direct = analyze(signal, 44100)
    assert from_file.integrated_lufs == pytest.approx(direct.integrated_lufs, abs=0.02)
    assert from_file.true_peak_dbtp == pytest.approx(direct.true_peak_dbtp, abs=0.02)
    assert from_file.bands_db["mid"] == pytest.approx(direct.bands_db["mid"], abs=0.05)


@pytest.mark.parametrize(
    "sample_rate", [8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 176400, 192000]
)
def test_sample_rates(tmp_path, sample_rate: int) -> None:
    path = tmp_path / "tone.wav"
    sf.write(path, sine(997.0, 3.0, -23.0, sample_rate), sample_rate, subtype="PCM_24")
    result = analyze(*_clip_arrays(load_clip(path)))
    assert result.sample_rate == sample_rate
    assert result.integrated_lufs == pytest.approx(-23.0, abs=0.1)
    assert result.true_peak_dbtp == pytest.approx(-23.0, abs=0.05)
    assert result.bands_db["mid"] == pytest.approx(0.0, abs=0.01)
    above_nyquist = [b for b, v in result.bands_db.items() if math.isnan(v)]
    assert above_nyquist == [b for b, lo in (("presence", 4000), ("air", 6000)) if lo >= sample_rate / 2]
    json.dumps(result.to_dict(), allow_nan=False)


def test_mono_file(tmp_path) -> None:
    path = tmp_path / "mono.wav"
    sf.write(path, sine(1000.0, 4.0, -20.0, RATE, channels=1), RATE, subtype="PCM_16")
    result = analyze(*_clip_arrays(load_clip(path)))
    assert result.channels == 1 and result.integrated_lufs == pytest.approx(-23.0, abs=0.1)


def _clip_arrays(clip) -> tuple[np.ndarray, int]:
    return clip.samples, clip.sample_rate


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_and_inf_samples_are_a_clear_error(bad: float) -> None:
    x = sine(1000.0, 2.0, -12.0, RATE)
    x[12345, 1] = bad
    with pytest.raises(AudioError, match="NaN or infinite"):
        analyze(x, RATE)


@pytest.mark.parametrize("seconds", [0.0005, 0.5, 0.99])
def test_under_one_second_is_too_short(seconds: float) -> None:
    with pytest.raises(AudioError, match="too short"):
        analyze(sine(1000.0, seconds, -12.0, RATE), RATE)


def test_one_second_is_enough() -> None:
    result = analyze(sine(1000.0, 1.0, -23.0, RATE), RATE)
    assert result.integrated_lufs == pytest.approx(-23.0, abs=0.1) and math.isnan(result.lra_lu)


def test_ten_minute_file_reads_only_the_last_30_s_in_bounded_memory(tmp_path) -> None:
    rate = 22050
    path = tmp_path / "long.wav"
    with sf.SoundFile(path, "w", rate, 2, subtype="PCM_16") as f:
        for minute in range(10):  # written a minute at a time; the last minute is 6 dB louder
            f.write(sine(1000.0, 60.0, -26.0 if minute < 9 else -20.0, rate))
    tracemalloc.start()
    clip = load_clip(path)
    result = analyze(clip.samples, clip.sample_rate)
    _, peak_bytes = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert clip.duration_s == pytest.approx(30.0) and "10.0-minute" in (clip.note or "")
    assert result.integrated_lufs == pytest.approx(-20.0, abs=0.1)  # only the loud last part
    whole_file_bytes = 10 * 60 * rate * 2 * 4  # the file as float32
    assert peak_bytes < whole_file_bytes / 2


def test_import_pulls_in_no_heavy_packages() -> None:
    code = (
        "import sys, companion.analysis\n"
        "heavy = [m for m in ('scipy.signal', 'librosa', 'torch', 'transformers', 'PyQt6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == ""


def test_flat_tops_below_full_scale_count_as_clipping():
    """A clipper at -0.9 dBFS flattens the peaks; a clean sine at the same peak has no flat tops."""
    rate = 48000
    t = np.arange(rate * 3) / rate
    sine = (0.9 * np.sin(2 * np.pi * 441.0 * t)).astype(np.float32)
    clean_sine = np.stack([sine, sine], axis=1)
    assert analyze(clean_sine, rate).clipped_samples == 0
    clipped = np.clip(1.6 * clean_sine, -0.9, 0.9).astype(np.float32)
    n = analyze(clipped, rate).clipped_samples
    assert n > 0.2 * clipped.size  # the tops of every cycle, in both channels


def test_samples_past_full_scale_that_vary_are_overs_not_flat_tops() -> None:
    """A float source past 0 dBFS (a bounce in the red, or an OGG/MP3 decoder's overshoot) has no flat tops: its
    samples vary. They are counted as overs; a hard clip at 1.0 and a clipper above full scale stay flat tops."""
    rate = 48000
    t = np.arange(rate * 3) / rate
    hot = (1.2 * np.sin(2 * np.pi * 441.0 * t)).astype(np.float32)
    over = analyze(np.stack([hot, hot], axis=1), rate)
    assert over.clipped_samples == 0
    assert over.extra["over_full_scale_samples"] == 2 * int(np.count_nonzero(np.abs(hot) > 1.0))
    assert over.extra["over_full_scale_samples"] > 0.3 * 2 * hot.size
    hard = np.clip(hot, -1.0, 1.0)
    clipped = analyze(np.stack([hard, hard], axis=1), rate)
    assert clipped.clipped_samples == 2 * int(
        np.count_nonzero(np.abs(hard) == 1.0)
    )  # the flat tops themselves
    assert clipped.extra["over_full_scale_samples"] == 0
    ceiling = np.clip(1.4 * np.sin(2 * np.pi * 441.0 * t), -1.1, 1.1).astype(
        np.float32
    )  # a clipper at +0.8 dBFS
    above = analyze(np.stack([ceiling, ceiling], axis=1), rate)
    assert above.clipped_samples == 2 * int(np.count_nonzero(np.abs(ceiling) >= np.float32(1.1)))


def test_a_limiter_near_full_scale_is_not_clipping() -> None:
    """Samples at 0.999-1.0 that differ from their neighbours (a limiter's ceiling at 0 dBFS) are not flat tops."""
    x = np.zeros((RATE * 2, 2), np.float32)
    x[100:104, 0] = [0.9993, 0.9998, 0.9991, 0.9996]
    x[200:202, 1] = [-0.9995, -0.9992]
    assert analyze(x, RATE).clipped_samples == 0
