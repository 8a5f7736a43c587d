"""The claim bank: model-style answers about four frozen mix contexts, with the verdict expected for each
numeric claim (benchmarks/data/claim_bank.json; its ``about`` says how it was written).

Used by benchmarks/claim_checks.py (precision and recall of false-claim detection, and speed) and by the tests.
The contexts were frozen from the real analysis and diagnosis when the bank was written, so later changes to
the diagnosis do not move the expected verdicts.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.context import Analysis, Finding, MixContext, Snapshot, StereoImage

BANK_FILE = Path(__file__).resolve().parent / "data" / "claim_bank.json"
SPLITS = ("tune", "held_out", "fresh", "fresh2")


def _float(value: Any) -> float:
    """A JSON number, or NaN for null (the contract writes unmeasurable levels as null)."""
    return float("nan") if value is None else float(value)


def analysis_from_dict(data: dict[str, Any]) -> Analysis:
    """The inverse of ``Analysis.to_dict`` (nulls back to NaN)."""
    stereo = data["stereo"]
    return Analysis(
        duration_s=_float(data["duration_s"]),
        sample_rate=int(data["sample_rate"]),
        channels=int(data["channels"]),
        integrated_lufs=_float(data["integrated_lufs"]),
        short_term_max_lufs=_float(data["short_term_max_lufs"]),
        lra_lu=_float(data["lra_lu"]),
        true_peak_dbtp=_float(data["true_peak_dbtp"]),
        sample_peak_dbfs=_float(data["sample_peak_dbfs"]),
        clipped_samples=int(data["clipped_samples"]),
        plr_db=_float(data["plr_db"]),
        crest_db=_float(data["crest_db"]),
        dc_offset=_float(data["dc_offset"]),
        bands_db={k: _float(v) for k, v in data["bands_db"].items()},
        balance_vs_target_db={k: _float(v) for k, v in data["balance_vs_target_db"].items()},
        stereo=StereoImage(
            correlation=_float(stereo["correlation"]),
            width=_float(stereo["width"]),
            low_end_correlation=_float(stereo["low_end_correlation"]),
            lr_balance_db=_float(stereo["lr_balance_db"]),
        ),
        genre_family=str(data.get("genre_family", "pop_rock")),
        extra=dict(data.get("extra") or {}),
    )


def context_from_dict(data: dict[str, Any], question: str = "What do you hear?") -> MixContext:
    """A MixContext from the bank's frozen form (no clip: the checker never needs the audio)."""
    analysis = None if data.get("analysis") is None else analysis_from_dict(data["analysis"])
    snapshot = None if data.get("snapshot") is None else Snapshot.from_dict(data["snapshot"])
    return MixContext(
        question=question,
        clip=None,
        snapshot=snapshot,
        analysis=analysis,
        findings=tuple(Finding.from_dict(f) for f in data.get("findings") or []),
        target=str(data.get("target", "spotify")),
        genre=data.get("genre"),
    )


@dataclass(frozen=True, slots=True)
class ExpectedCheck:
    """One claim the bank says the answer makes, and whether it agrees with the measurement."""

    quantity: str
    track: str | None
    stated: float
    ok: bool


@dataclass(frozen=True, slots=True)
class BankAnswer:
    id: str
    split: str
    context_name: str
    text: str
    expected: tuple[ExpectedCheck, ...]
    not_claims: tuple[str, ...]

    @property
    def has_false_claim(self) -> bool:
        return any(not e.ok for e in self.expected)


@dataclass(frozen=True, slots=True)
class Bank:
    contexts: dict[str, MixContext]
    answers: tuple[BankAnswer, ...]

    def split(self, name: str) -> tuple[BankAnswer, ...]:
        return tuple(a for a in self.answers if a.split == name)


def load_bank(path: Path = BANK_FILE) -> Bank:
    data = json.loads(path.read_text(encoding="utf-8"))
    contexts = {name: context_from_dict(c) for name, c in data["contexts"].items()}
    answers = []
    for row in data["answers"]:
        if row["split"] not in SPLITS or row["context"] not in contexts:
            raise ValueError(f"bank answer {row.get('id')}: bad split or unknown context")
        expected = tuple(
            ExpectedCheck(e["quantity"], e.get("track"), float(e["stated"]), bool(e["ok"]))
            for e in row["expected"]
        )
        if any(not math.isfinite(e.stated) for e in expected):
            raise ValueError(f"bank answer {row['id']}: a stated value is not a number")
        answers.append(
            BankAnswer(
                row["id"],
                row["split"],
                row["context"],
                row["text"],
                expected,
                tuple(row.get("not_claims", ())),
            )
        )
    return Bank(contexts, tuple(answers))
