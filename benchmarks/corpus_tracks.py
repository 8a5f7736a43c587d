"""The real-music corpus for the benchmarks: excerpts with their split and family, as the calibration saw them.

Each file's split (tune / holdout) and family come from the provenance of the data file the calibration wrote
(``companion/knowledge/data/reference_curves.json``), matched by SHA-256; a file the calibration never saw
gets its split from its group's hash and its family from its percussive share against the recorded
threshold. The excerpt is the same middle 30 s the calibration measured.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from companion.errors import BadInput
from companion.listening.corpus import Excerpt, collect, group_of, read_excerpt, sha256_file, split_of
from companion.listening.reference_curves import CURVES_FILE

EXCERPT_S = 30.0


@dataclass(frozen=True)
class Track:
    name: str
    split: str
    family: str
    samples: np.ndarray  # float32 (n, channels)
    sample_rate: int


def _provenance(data_file: Path) -> tuple[dict[str, dict], float]:
    data = json.loads(data_file.read_text(encoding="utf-8"))
    files = {r["sha256"]: r for r in data["provenance"]["files"] if "skipped" not in r}
    return files, float(data["provenance"]["counts"]["percussive_threshold_db"])


def corpus_tracks(
    sources: list[str], data_file: Path = CURVES_FILE, limit: int | None = None
) -> Iterator[Track]:
    """Every usable excerpt of the sources (at least 30 s), in name order; ``limit`` takes every n-th."""
    known, threshold = _provenance(data_file)
    files = collect(sources)
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    for file in files:
        excerpt = read_excerpt(file.path, EXCERPT_S)
        if excerpt is None:
            continue
        record = known.get(sha256_file(file.path))
        if record is not None:
            split, family = record["split"], record["family"]
        else:
            from companion.listening.percussion import percussive_share_db

            split = split_of(group_of(file.package, file.path))
            share = percussive_share_db(excerpt.samples, excerpt.sample_rate)
            family = "percussive" if share >= threshold else "sparse"
        yield Track(file.name, split, family, excerpt.samples, excerpt.sample_rate)


def tuning_excerpts(sources: list[str], data_file: Path = CURVES_FILE) -> Iterator[tuple[dict, Excerpt]]:
    """(provenance record, middle 30 s) of every tuning song the calibration recorded, in name order; the held-out
    part is never read (the offline tonal studies tune on these alone)."""
    known, _ = _provenance(data_file)
    for file in collect(sources):
        record = known.get(sha256_file(file.path))
        if record is None or record["split"] != "tune":
            continue
        excerpt = read_excerpt(file.path, EXCERPT_S)
        if excerpt is not None:
            yield record, excerpt


def require_corpus(sources: list[str]) -> None:
    """Exit with one clear line (status 2) when the corpus is not there."""
    missing = [s for s in sources if not Path(s).exists()]
    if missing:
        print(
            f"corpus not found: {', '.join(missing)}. Give the real-music corpus (a folder of audio files or a JSON "
            "manifest); see companion/knowledge/data/README.md for how it was built.",
            file=sys.stderr,
        )
        raise SystemExit(2)
    try:
        if not collect(sources):
            raise BadInput("no audio files in it")
    except BadInput as exc:
        print(f"corpus unusable: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
