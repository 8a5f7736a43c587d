"""Loudness targets: where a master should land for each destination (integrated LUFS per ITU-R BS.1770-4)."""

from __future__ import annotations

from dataclasses import dataclass

from companion.knowledge.tables import unknown_name


@dataclass(frozen=True, slots=True)
class LoudnessTarget:
    """Where a master should land for one destination (integrated LUFS per ITU-R BS.1770-4)."""

    name: str
    integrated_lufs: float
    true_peak_max_dbtp: float
    tolerance_lu: float
    source: str
    normalised: bool = True  # False: nobody turns it down for you (a convention, not a standard)
    label: str = ""  # how an answer names it ("Apple Music", "CD"); the key ``name`` when empty
    medium: str = "streaming"  # streaming, broadcast or disc: who plays it, so who turns it down

    @property
    def said(self) -> str:
        """The destination as an answer names it."""
        return self.label or self.name

    @property
    def short(self) -> str:
        """The destination's own name before "target" ("the EBU target", "the Spotify target"): the label's first
        word, so an acronym keeps its capitals and the medium is not said twice."""
        return (self.label or self.name).split()[0]

    @property
    def range_lufs(self) -> tuple[float, float]:
        """The acceptable integrated loudness, quietest to loudest."""
        return (self.integrated_lufs - self.tolerance_lu, self.integrated_lufs + self.tolerance_lu)


LOUDNESS_TARGETS: dict[str, LoudnessTarget] = {
    t.name: t
    for t in (
        LoudnessTarget(
            "spotify", -14.0, -1.0, 1.0,
            "Spotify for Artists, loudness normalization: -14 LUFS default, <= -1 dBTP (-2 dBTP if louder)",
            label="Spotify",
        ),
        LoudnessTarget("apple", -16.0, -1.0, 1.0, "Apple Music Sound Check, ~-16 LUFS, aligned with AES TD1008",
                       label="Apple Music"),
        LoudnessTarget("youtube", -14.0, -1.0, 1.0, "YouTube/Tidal/Amazon ~-14 LUFS (third-party tables)",
                       label="YouTube"),
        LoudnessTarget("ebu", -23.0, -1.0, 1.0, "EBU R128 (Tech 3341/3342): -23 LUFS +-1 LU, <= -1 dBTP",
                       label="EBU R128 broadcast", medium="broadcast"),
        LoudnessTarget(
            "cd", -10.5, -0.3, 1.5,
            "no normalisation on CD: a modern pop/rock master convention of -9 to -12 LUFS, <= -0.3 dBTP "
            "(a convention, not a standard)",
            normalised=False,
            label="CD",
            medium="disc",
        ),
    )
}  # fmt: skip


def loudness_target(name: str) -> LoudnessTarget:
    """The target called ``name`` (spotify, apple, youtube, ebu, cd); BadInput listing them otherwise."""
    target = LOUDNESS_TARGETS.get(str(name).strip().lower())
    if target is None:
        raise unknown_name("loudness target", name, LOUDNESS_TARGETS)
    return target
