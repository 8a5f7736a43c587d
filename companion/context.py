"""Shared types that cross rooms: findings, suggestions, the REAPER snapshot, turns, MixContext, Advice.

Everything here is a frozen dataclass; dicts appear only at serialization edges through
``to_dict``/``from_dict``. Audio is float32 ``(frames, channels)`` with its sample rate beside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np


class StrEnum(str, Enum):
    """``enum.StrEnum`` for Python 3.10 too: members compare equal to their string value."""

    def __str__(self) -> str:
        return str(self.value)


class FindingKind(StrEnum):
    """The closed set of finding kinds (ARCHITECTURE.md); extend only by extending that list."""

    CLIPPING = "clipping"
    TOO_LOUD = "too_loud"
    TOO_QUIET = "too_quiet"
    OVER_COMPRESSED = "over_compressed"
    MUDDY = "muddy"
    BOOMY = "boomy"
    THIN = "thin"
    HARSH = "harsh"
    DULL = "dull"
    NARROW = "narrow"
    PHASE_ISSUE = "phase_issue"
    LOW_END_NOT_MONO = "low_end_not_mono"
    LR_IMBALANCE = "lr_imbalance"
    DC_OFFSET = "dc_offset"
    SILENCE = "silence"
    TRACK_TOO_LOUD = "track_too_loud"
    TRACK_TOO_QUIET = "track_too_quiet"
    MASKING = "masking"  # track covers evidence.other_track in evidence.range_hz


class Topic(StrEnum):
    """MixAssist's conversation topics."""

    DRUMS = "drums"
    OVERALL_MIX = "overall_mix"
    GUITARS = "guitars"
    VOCALS = "vocals"
    BASS = "bass"
    KEYS = "keys"


TONAL_KINDS = frozenset(
    {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.THIN, FindingKind.HARSH, FindingKind.DULL}
)
"""The whole mix's tonal verdicts, judged against the range of real recordings (or a reference track)."""

PROBLEM_SEVERITY = 0.3
"""Severity at or above which a finding is a problem worth an answer; below it is a remark."""
CLEAR_SEVERITY = 0.5
"""From here a tonal verdict is a clear fault; from ``PROBLEM_SEVERITY`` up to here it is a *lean*: the mix sits
at the far end of what real mixes carry there, worth checking by ear, not a fault to fix."""


def finite_or_none(value: float | None, digits: int = 2) -> float | None:
    """A rounded float, or None for NaN/inf/None (the JSON contracts never carry NaN or inf)."""
    if value is None:
        return None
    value = float(value)
    if not math.isfinite(value):
        return None
    return round(value, digits)


def json_safe(value: Any) -> Any:
    """``value`` with every NaN/inf float (at any depth of dicts, lists, tuples) replaced by None.

    The JSON contracts never carry NaN or inf ("not measurable" is null); this is the last guard at the
    boundary, so one unmeasurable number added anywhere cannot crash ``--json`` output.
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, np.generic):
        return json_safe(value.item())
    return value


@dataclass(frozen=True, slots=True)
class AudioClip:
    """A piece of audio: ``samples`` float32 ``(frames, channels)`` at ``sample_rate`` Hz.

    ``source`` says where it came from (a path, "capture:pulse", "demo"); ``note`` carries anything the
    answer should mention about it (e.g. "analysed the last 20 s of a 10-minute file").
    """

    samples: np.ndarray
    sample_rate: int
    source: str = ""
    note: str | None = None

    @property
    def duration_s(self) -> float:
        return self.samples.shape[0] / float(self.sample_rate)

    @property
    def channels(self) -> int:
        return int(self.samples.shape[1])


@dataclass(frozen=True, slots=True)
class Finding:
    """Something the listening analysis or the session state shows, with how much it matters (0..1)."""

    kind: FindingKind
    severity: float
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)
    track: str | None = None

    @property
    def is_problem(self) -> bool:
        return self.severity >= PROBLEM_SEVERITY

    @property
    def is_lean(self) -> bool:
        """A tonal problem shown at 0.30-0.49: a lean to check by ear (its summary says so), not a clear fault."""
        return self.kind in TONAL_KINDS and PROBLEM_SEVERITY <= round(self.severity, 2) < CLEAR_SEVERITY

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "severity": round(float(self.severity), 2),
            "summary": self.summary,
            "evidence": self.evidence,
            "track": self.track,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        return cls(
            kind=FindingKind(data["kind"]),
            severity=float(data["severity"]),
            summary=str(data.get("summary", "")),
            evidence=dict(data.get("evidence") or {}),
            track=data.get("track"),
        )


@dataclass(frozen=True, slots=True)
class BridgeCommand:
    """What a suggestion becomes when applied in REAPER through the file bridge (one undo step)."""

    action: str  # set_volume_db|nudge_volume_db|set_pan|set_mute|set_solo|set_fx_enabled|set_fx_param
    track_guid: str
    value: float
    fx_index: int | None = None
    param_index: int | None = None
    undo_label: str = "MixAssist"

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "track_guid": self.track_guid,
            "value": self.value,
            "fx_index": self.fx_index,
            "param_index": self.param_index,
            "undo_label": self.undo_label,
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One concrete move: ``action`` (eq_band, high_pass, compressor, set_volume_db, ...), on ``track``
    (None = master / whole mix), with numeric ``params`` and the ``rationale`` (why)."""

    action: str
    track: str | None
    params: dict[str, Any]
    rationale: str
    command: BridgeCommand | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "action": self.action,
            "track": self.track,
            "params": self.params,
            "rationale": self.rationale,
        }
        if self.command is not None:
            data["command"] = self.command.to_dict()
        return data


# ---------------------------------------------------------------- listening analysis

BAND_NAMES: tuple[str, ...] = ("sub", "bass", "low_mid", "mid", "high_mid", "presence", "air")
"""The seven bands of the contract: sub 20-60 Hz, bass 60-250, low_mid 250-500, mid 500-2k, high_mid 2-4k,
presence 4-6k, air 6-20k."""


@dataclass(frozen=True, slots=True)
class StereoImage:
    """How the two channels relate (mono clips: correlation 1, width 0, balance 0)."""

    correlation: float  # -1..1, L vs R over the whole band
    width: float  # side energy / (mid + side) energy: 0 mono, 0.5 uncorrelated, 1 out of phase
    low_end_correlation: float  # L vs R below 150 Hz
    lr_balance_db: float  # L level minus R level, dB (positive = left louder)

    def to_dict(self) -> dict[str, float | None]:
        return {
            "correlation": finite_or_none(self.correlation, 3),
            "width": finite_or_none(self.width, 3),
            "low_end_correlation": finite_or_none(self.low_end_correlation, 3),
            "lr_balance_db": finite_or_none(self.lr_balance_db, 2),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Measured facts of a clip; ``to_dict`` gives the ``analysis`` object of the --json contract.

    Levels that cannot be measured (silence, a band above Nyquist) are ``-inf``/``nan`` here and ``null``
    in JSON. ``bands_db`` is each band's power relative to the total 20 Hz-20 kHz power (dB, <= 0), measured up
    to the source's bandwidth; ``balance_vs_target_db`` is ``bands_db`` minus the median real song of the tonal
    family ``genre_family`` ("all" when no genre was given; companion/knowledge/data/reference_curves.json).
    """

    duration_s: float
    sample_rate: int
    channels: int
    integrated_lufs: float
    short_term_max_lufs: float
    lra_lu: float
    true_peak_dbtp: float
    sample_peak_dbfs: float
    clipped_samples: int
    plr_db: float
    crest_db: float
    dc_offset: float  # largest per-channel mean, linear (full scale = 1), signed
    bands_db: dict[str, float]
    balance_vs_target_db: dict[str, float]
    stereo: StereoImage
    genre_family: str = "all"
    extra: dict[str, Any] = field(default_factory=dict)  # further measurements, e.g. per-channel peaks

    def to_dict(self) -> dict[str, Any]:
        return {
            "duration_s": finite_or_none(self.duration_s, 3),
            "sample_rate": int(self.sample_rate),
            "channels": int(self.channels),
            "integrated_lufs": finite_or_none(self.integrated_lufs, 2),
            "short_term_max_lufs": finite_or_none(self.short_term_max_lufs, 2),
            "lra_lu": finite_or_none(self.lra_lu, 2),
            "true_peak_dbtp": finite_or_none(self.true_peak_dbtp, 2),
            "sample_peak_dbfs": finite_or_none(self.sample_peak_dbfs, 2),
            "clipped_samples": int(self.clipped_samples),
            "plr_db": finite_or_none(self.plr_db, 2),
            "crest_db": finite_or_none(self.crest_db, 2),
            "dc_offset": finite_or_none(self.dc_offset, 5),
            "bands_db": {k: finite_or_none(self.bands_db.get(k), 2) for k in BAND_NAMES},
            "balance_vs_target_db": {
                k: finite_or_none(self.balance_vs_target_db.get(k), 2) for k in BAND_NAMES
            },
            "stereo": self.stereo.to_dict(),
            "genre_family": self.genre_family,
        }


# ---------------------------------------------------------------- REAPER snapshot (mixassist.snapshot/1)


def _db(value: Any) -> float | None:
    return None if value is None else finite_or_none(float(value), 2)


@dataclass(frozen=True, slots=True)
class FxParam:
    index: int
    name: str
    value: float  # normalized 0..1
    formatted: str = ""


@dataclass(frozen=True, slots=True)
class Fx:
    index: int
    name: str
    enabled: bool = True
    params: tuple[FxParam, ...] = ()

    def param(self, name_part: str) -> FxParam | None:
        """The first parameter whose name contains ``name_part`` (case-insensitive): resolve by name."""
        needle = name_part.lower()
        return next((p for p in self.params if needle in p.name.lower()), None)


@dataclass(frozen=True, slots=True)
class Send:
    dest_guid: str
    dest_name: str
    volume_db: float | None
    mute: bool = False


@dataclass(frozen=True, slots=True)
class TrackLevel:
    """A track's level over the bridge's window. ``lufs`` and ``bands_db`` (the seven contract bands, dB FS power
    over the track's active blocks) come from the track meter when it runs; peaks alone are the fallback."""

    avg_peak_db: float | None
    max_peak_db: float | None
    window_s: float = 0.0
    lufs: float | None = None
    bands_db: dict[str, float | None] | None = None

    @property
    def measured(self) -> bool:
        """True when the track meter's loudness is there (not only peaks)."""
        return self.lufs is not None

    @classmethod
    def from_dict(cls, level: dict[str, Any]) -> TrackLevel:
        bands = level.get("bands_db")
        return cls(
            avg_peak_db=_db(level.get("avg_peak_db")),
            max_peak_db=_db(level.get("max_peak_db")),
            window_s=float(level.get("window_s", 0.0)),
            lufs=_db(level.get("lufs")),
            bands_db=None if not isinstance(bands, dict) else {k: _db(bands.get(k)) for k in BAND_NAMES},
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "avg_peak_db": self.avg_peak_db,
            "max_peak_db": self.max_peak_db,
            "window_s": self.window_s,
        }
        if self.lufs is not None or self.bands_db is not None:
            data["lufs"] = _db(self.lufs)
            data["bands_db"] = (
                None if self.bands_db is None else {k: _db(self.bands_db.get(k)) for k in BAND_NAMES}
            )
        return data


@dataclass(frozen=True, slots=True)
class Track:
    guid: str
    index: int  # 1-based
    name: str
    volume_db: float | None = 0.0
    pan: float = 0.0  # -1..1
    mute: bool = False
    solo: bool = False
    rec_arm: bool = False
    phase_inverted: bool = False
    folder_depth: int = 0
    level: TrackLevel | None = None
    fx: tuple[Fx, ...] = ()
    sends: tuple[Send, ...] = ()

    def find_fx(self, name_part: str) -> Fx | None:
        needle = name_part.lower()
        return next((f for f in self.fx if needle in f.name.lower()), None)


@dataclass(frozen=True, slots=True)
class Master:
    volume_db: float | None = 0.0
    pan: float = 0.0
    peak_db: float | None = None
    fx: tuple[Fx, ...] = ()


@dataclass(frozen=True, slots=True)
class Project:
    name: str = ""
    sample_rate: int = 48000
    tempo_bpm: float = 120.0
    play_state: str = "stopped"  # playing|paused|stopped|recording
    position_s: float = 0.0


def _fx_from(data: dict[str, Any]) -> Fx:
    return Fx(
        index=int(data.get("index", 0)),
        name=str(data.get("name", "")),
        enabled=bool(data.get("enabled", True)),
        params=tuple(
            FxParam(
                index=int(p.get("index", 0)),
                name=str(p.get("name", "")),
                value=float(p.get("value", 0.0)),
                formatted=str(p.get("formatted", "")),
            )
            for p in data.get("params") or []
        ),
    )


def _fx_to(fx: Fx) -> dict[str, Any]:
    return {
        "index": fx.index,
        "name": fx.name,
        "enabled": fx.enabled,
        "params": [
            {"index": p.index, "name": p.name, "value": p.value, "formatted": p.formatted} for p in fx.params
        ],
    }


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The REAPER session state at one moment (schema ``mixassist.snapshot/1``)."""

    captured_at: float = 0.0
    reaper_version: str = ""
    project: Project = field(default_factory=Project)
    master: Master = field(default_factory=Master)
    tracks: tuple[Track, ...] = ()

    SCHEMA = "mixassist.snapshot/1"

    def track(self, name: str) -> Track | None:
        """A track by exact name, then by case-insensitive name."""
        for t in self.tracks:
            if t.name == name:
                return t
        lowered = name.lower()
        return next((t for t in self.tracks if t.name.lower() == lowered), None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Snapshot:
        """Build from the JSON dict (validate against the schema before, at the boundary)."""
        proj = data.get("project") or {}
        master = data.get("master") or {}
        tracks = []
        for t in data.get("tracks") or []:
            level = t.get("level")
            tracks.append(
                Track(
                    guid=str(t.get("guid", "")),
                    index=int(t.get("index", 0)),
                    name=str(t.get("name", "")),
                    volume_db=_db(t.get("volume_db")),
                    pan=float(t.get("pan", 0.0)),
                    mute=bool(t.get("mute", False)),
                    solo=bool(t.get("solo", False)),
                    rec_arm=bool(t.get("rec_arm", False)),
                    phase_inverted=bool(t.get("phase_inverted", False)),
                    folder_depth=int(t.get("folder_depth", 0)),
                    level=None if level is None else TrackLevel.from_dict(level),
                    fx=tuple(_fx_from(f) for f in t.get("fx") or []),
                    sends=tuple(
                        Send(
                            dest_guid=str(s.get("dest_guid", "")),
                            dest_name=str(s.get("dest_name", "")),
                            volume_db=_db(s.get("volume_db")),
                            mute=bool(s.get("mute", False)),
                        )
                        for s in t.get("sends") or []
                    ),
                )
            )
        return cls(
            captured_at=float(data.get("captured_at", 0.0)),
            reaper_version=str(data.get("reaper_version", "")),
            project=Project(
                name=str(proj.get("name", "")),
                sample_rate=int(proj.get("sample_rate", 48000)),
                tempo_bpm=float(proj.get("tempo_bpm", 120.0)),
                play_state=str(proj.get("play_state", "stopped")),
                position_s=float(proj.get("position_s", 0.0)),
            ),
            master=Master(
                volume_db=_db(master.get("volume_db")),
                pan=float(master.get("pan", 0.0)),
                peak_db=_db(master.get("peak_db")),
                fx=tuple(_fx_from(f) for f in master.get("fx") or []),
            ),
            tracks=tuple(tracks),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.SCHEMA,
            "captured_at": self.captured_at,
            "reaper_version": self.reaper_version,
            "project": {
                "name": self.project.name,
                "sample_rate": self.project.sample_rate,
                "tempo_bpm": self.project.tempo_bpm,
                "play_state": self.project.play_state,
                "position_s": self.project.position_s,
            },
            "master": {
                "volume_db": self.master.volume_db,
                "pan": self.master.pan,
                "peak_db": self.master.peak_db,
                "fx": [_fx_to(f) for f in self.master.fx],
            },
            "tracks": [
                {
                    "guid": t.guid,
                    "index": t.index,
                    "name": t.name,
                    "volume_db": t.volume_db,
                    "pan": t.pan,
                    "mute": t.mute,
                    "solo": t.solo,
                    "rec_arm": t.rec_arm,
                    "phase_inverted": t.phase_inverted,
                    "folder_depth": t.folder_depth,
                    "level": None if t.level is None else t.level.to_dict(),
                    "fx": [_fx_to(f) for f in t.fx],
                    "sends": [
                        {
                            "dest_guid": s.dest_guid,
                            "dest_name": s.dest_name,
                            "volume_db": s.volume_db,
                            "mute": s.mute,
                        }
                        for s in t.sends
                    ],
                }
                for t in self.tracks
            ],
        }


# ---------------------------------------------------------------- conversation


@dataclass(frozen=True, slots=True)
class Turn:
    """One utterance of the conversation, in MixAssist's ``input_history`` form plus its topic."""

    role: str  # "user" | "assistant"
    content: str
    audio_file: str | None = None
    topic: Topic | None = None

    def to_history_dict(self) -> dict[str, Any]:
        return {"role": self.role, "content": self.content, "audio_file": self.audio_file}


@dataclass(frozen=True, slots=True)
class EarlierClip:
    """The measurements of the conversation's last ask that had audio or a session, so a follow-up ("did that
    help?") can compare this clip's numbers with the one before."""

    question: str
    analysis: Analysis | None
    findings: tuple[Finding, ...]
    snapshot: Snapshot | None


@dataclass(frozen=True, slots=True)
class MixContext:
    """Everything an advisor gets for one ask."""

    question: str
    clip: AudioClip | None
    snapshot: Snapshot | None
    analysis: Analysis | None
    findings: tuple[Finding, ...]
    history: tuple[Turn, ...] = ()
    topic: Topic = Topic.OVERALL_MIX
    target: str = "spotify"
    genre: str | None = None
    previous: EarlierClip | None = None  # the conversation's previous measured clip, if any
    front_end: str = "cli"  # who asked: "cli" (mixassist ask), "overlay" (the gui), "run" (REAPER hotkeys)

    @property
    def problems(self) -> tuple[Finding, ...]:
        """Findings worth an answer, most severe first; tonal leans (not faults to fix) after the faults."""
        problems = (f for f in self.findings if f.is_problem)
        return tuple(sorted(problems, key=lambda f: (f.is_lean, -f.severity)))


@dataclass(frozen=True, slots=True)
class Advice:
    """An advisor's answer: the text, the structured suggestions, and where it came from."""

    text: str
    suggestions: tuple[Suggestion, ...] = ()
    backend: str = "rules"
    grounding: str = ""
    fallback: dict[str, str] | None = None  # {"from": backend, "reason": why} when another advisor answered
    agreement: dict[str, Any] | None = None  # does a model's first problem match the first card (model.cards)
