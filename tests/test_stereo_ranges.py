"""The low-end mono verdict against how wide real records keep their low end (companion.listening.stereo_ranges,
fitted by companion.listening.calibrate_stereo on real recordings)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fakes.analyses import clean

from companion.context import FindingKind, StereoImage
from companion.listening import calibrate_stereo
from companion.listening.diagnosis import diagnose
from companion.listening.stereo_ranges import FULL_AT, low_end_range


def _low_end(correlation: float, genre: str | None = None):
    found = diagnose(clean(stereo=StereoImage(0.6, 0.3, correlation, 0.0)), genre=genre)
    return next((f for f in found if f.kind is FindingKind.LOW_END_NOT_MONO), None)


def test_the_packaged_ranges_come_from_real_records_and_order_sensibly():
    data = json.loads(Path(calibrate_stereo.RANGES_FILE).read_text(encoding="utf-8"))
    assert data["schema"] == "mixassist.stereo_ranges/1"
    assert data["provenance"]["counts"]["tune"] >= 100 and all(
        len(f["sha256"]) == 64 for f in data["provenance"]["files"]
    )
    every, drums, sparse = (low_end_range(f) for f in ("all", "percussive", "sparse"))
    assert sparse.problem_at < every.problem_at < drums.problem_at  # a hall's low end is the widest
    assert FULL_AT < every.problem_at < every.remark_at < 0.85  # the old synthetic remark point was 0.85
    assert low_end_range("popular") == drums  # no corpus songs of its own: the drum-driven range
    assert low_end_range("no such family") == every


def test_a_low_end_as_wide_as_real_records_raises_nothing():
    assert _low_end(0.81) is None  # the corpus median: the old rule called it a remark
    assert _low_end(0.6, genre="orchestral") is None  # typical of a recorded hall


def test_a_low_end_wider_than_real_records_is_a_problem_and_says_what_it_was_compared_with():
    problem = _low_end(-0.1)
    assert problem is not None and problem.severity >= 0.3
    assert "correlate -0.10, a wider low end than 9 in 10 of 121 real mixes we measured" in problem.summary
    assert problem.evidence["family"] == "all" and problem.evidence["compared_with"].startswith(
        "121 real mixes"
    )
    # the genre decides: what a hall recording does is a problem on a rock record
    rock, hall = _low_end(0.3, genre="rock"), _low_end(0.3, genre="orchestral")
    assert rock is not None and rock.severity >= 0.3 and "drum-driven" in rock.summary
    assert hall is None or hall.severity < 0.3
    assert _low_end(-0.6).severity == 1.0  # more out of phase than in: a problem whatever the genre


def test_fit_on_a_tiny_corpus_uses_only_the_tuning_songs():
    rows = [
        {"name": f"s{i}", "sha256": "0" * 64, "split": "tune", "family": fam, "low_end_correlation": v}
        for i, (fam, v) in enumerate(
            [("percussive", x) for x in np.linspace(0.4, 1.0, 10)]
            + [("sparse", x) for x in np.linspace(-0.2, 0.9, 10)]
        )
    ]
    rows.append(
        {
            "name": "odd",
            "sha256": "1" * 64,
            "split": "holdout",
            "family": "sparse",
            "low_end_correlation": -0.9,
        }
    )
    data = calibrate_stereo.fit(rows, "2026-11-30", 30.0, "test")
    assert data["families"]["all"]["tracks"] == 20 and data["families"]["percussive"]["tracks"] == 10
    assert data["families"]["percussive"]["low_end_correlation"]["p50"] == pytest.approx(0.7, abs=1e-3)
    assert data["holdout_check"]["sparse"] == {"tracks": 1, "below_remark": 1.0, "below_problem": 1.0}
    with pytest.raises(calibrate_stereo.BadInput, match="too few tuning songs"):
        calibrate_stereo.fit(rows[:5], "2026-11-30", 30.0, "test")


def test_the_command_on_a_corpus_it_does_not_know(tmp_path: Path):
    song = tmp_path / "song.wav"
    sf.write(song, np.zeros((48000 * 31, 2), dtype=np.float32), 48000)
    out = tmp_path / "ranges.json"
    proc = subprocess.run(
        [sys.executable, "-m", "companion.listening.calibrate_stereo", str(tmp_path), "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "too few tuning songs" in proc.stderr and not out.exists()
    proc = subprocess.run(
        [sys.executable, "-m", "companion.listening.calibrate_stereo", str(tmp_path / "none")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
