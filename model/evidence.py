"""The evidence for what was asked: the asked track's own numbers, its plug-ins against what engineers did on
that instrument in real mixes, who masks it, and the whole mix's energy where that instrument lives.

Every number here comes from a measurement (the snapshot's per-track meters, the findings, the listening
analysis) or from the knowledge tables, and says whose it is: a track's own level belongs to the track; the
master's energy in "the kick's punch range" belongs to the whole mix, and the answer says so.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from companion.context import Analysis, Finding, FindingKind, MixContext
from companion.knowledge import reaeq
from companion.knowledge.areas import FrequencyArea, frequency_areas
from companion.knowledge.bands import BANDS, main_bands
from companion.knowledge.priors import quotable, starting_points
from companion.knowledge.roles import ROLE_TOPICS, ROLE_WORDS
from companion.knowledge.wording import say_hz, say_number
from companion.listening.balance_first import balance_before_eq, bands_by_track
from model.band_remark import KIND_RANGES_HZ, band_level_words, contradicting_verdict, real_range_words
from model.nasal import said_nasal
from model.session_view import RoleTrack, SessionView, plugin_name
from model.tone_home import areas_for, band_of_area, home_band, home_range

TRACK_LEVEL_KINDS = frozenset({FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET})
MASKING = "masking"  # finding kind of issue 9 (one track covering another's main range)
HPF_WORDS = ("high pass", "highpass", "high-pass", "hpf", "low cut", "lowcut", "low-cut", "hp ")
LPF_WORDS = ("low pass", "lowpass", "low-pass", "lpf", "high cut", "highcut", "high-cut", "lp ")
REVERB_WORDS = ("verb", "reverb", "room", "hall", "plate", "space")

# which areas of an instrument speak to a complaint (area names from data/frequency_areas.json)
COMPLAINT_AREAS: dict[str, tuple[str, ...]] = {
    "quiet": ("attack", "crack", "clarity", "presence", "chick", "growl", "string attack"),
    "punch": ("punch", "attack", "crack", "body", "weight"),
    "loud": ("body", "weight", "fullness", "presence", "clarity", "punch"),
    "muddy": ("mud", "box", "fullness", "body", "boom"),
    "boomy": ("sub", "punch", "weight", "boom", "body", "low end", "rumble"),
    "thin": ("body", "weight", "fullness", "low end", "sub"),
    "harsh": ("attack", "crack", "clarity", "harsh cymbals", "presence", "fizz", "chick"),
    "dull": ("air", "sizzle", "wires", "sparkle", "sibilance", "presence"),
    "boxy": ("box", "ring", "mud", "boxiness"),
    "clash": ("punch", "weight", "sub", "mud", "body", "fullness"),
}


def _sits(area: str) -> str:
    """ "sits" after one thing, "sit" after a plural area ("the snare's wires sit", "the hi-hat's harsh cymbals
    sit"): a plural name ends in one s (not "ss", as "harshness" does)."""
    return "sit" if area.endswith("s") and not area.endswith("ss") else "sits"


@dataclass(frozen=True, slots=True)
class AreaLevel:
    """The whole mix's level in the contract band that holds one of an instrument's frequency areas, against
    the reference (``balance_vs_target_db`` of that band: the number ``--json`` shows and the truth check
    holds answers to), and where that stands in the range real mixes occupy (``model.band_remark``)."""

    area: FrequencyArea
    band: str
    deviation_db: float
    # "inside the range real mixes use" / "outside the range real mixes use by 1.2 dB"; None: not known
    standing: str | None = None
    general: bool = False  # the general area of a tone kind ("harshness"), not one the instrument names

    def says(self, role: str) -> str:
        """ "where the kick drum's punch sits, the whole mix's bass band (60-250 Hz) is 1.4 dB above the median
        real mix, inside the range real mixes use" (the band's range right before the number, so no reader takes
        it for another range); "where harshness lives, ..." for a general area."""
        lo, hi = BANDS[self.band]
        owner = (
            f"where {self.area.name} lives"
            if self.general
            else f"where {possessive(_instrument(role))} {self.area.name} {_sits(self.area.name)}"
        )
        where = f"{owner}, the whole mix's {self.band.replace('_', '-')} band ({say_hz(lo)}-{say_hz(hi)})"
        return f"{where} is {band_level_words(self.deviation_db, self.standing)}"


@dataclass(frozen=True, slots=True)
class TrackEvidence:
    """What is known about one asked track, each number with its owner."""

    rt: RoleTrack
    level: Finding | None  # track_too_loud / track_too_quiet for it (the balance verdict)
    lufs: float | None  # its own loudness over the clip (bridge meter), when measured
    avg_peak_db: float | None  # its own averaged peak meter
    others: tuple[Finding, ...]  # other findings naming it (masking, per-track tonal ...)
    fx_notes: tuple[str, ...]  # its plug-ins against real mixes
    reverb: bool  # a reverb on it or a send to a reverb return

    @property
    def name(self) -> str:
        return self.rt.name

    @property
    def deviation_db(self) -> float | None:
        if self.level is None:
            return None
        value = self.level.evidence.get("deviation_db")
        return float(value) if isinstance(value, (int, float)) else None

    @property
    def masking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.others if str(f.kind) == MASKING)

    def measured_level(self) -> str | None:
        """ "its own meter reads -17.2 LUFS" / "its meter averages -14.0 dBFS peak" / None."""
        if self.lufs is not None:
            return f"its own meter reads {self.lufs:.1f} LUFS"
        if self.avg_peak_db is not None:
            return f"its meter averages {self.avg_peak_db:.1f} dBFS peak"
        return None


def singular(words: str) -> str:
    """ "basses" -> "bass", "kick drums" -> "kick drum", "keys" stays "keys"."""
    if words.endswith(("sses", "uses")):  # basses, buses
        return words[:-2]
    if words.endswith("ies") and len(words) > 4:  # harmonies
        return words[:-3] + "y"
    if words.endswith("s") and not words.endswith(("ss", "keys")):
        return words[:-1]
    return words


def _instrument(role: str) -> str:
    return singular(ROLE_WORDS.get(role, role.replace("_", " ")))


def possessive(instrument: str) -> str:
    """ "the kick drum's", "the bass's", "the keys'" (a plural name takes the apostrophe alone)."""
    plural = instrument.endswith("s") and not instrument.endswith("ss")
    return f"the {instrument}'" if plural else f"the {instrument}'s"


def _finite(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(float(value)):
        return float(value)
    return None


def findings_about(name: str, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """Findings that name a track, as the one it is about or as the other one (masking), most severe first."""
    lowered = name.lower()
    out = []
    for f in findings:
        other = f.evidence.get("other_track")
        if (f.track or "").lower() == lowered or (isinstance(other, str) and other.lower() == lowered):
            out.append(f)
    return tuple(sorted(out, key=lambda f: -f.severity))


def _ratio(formatted: str) -> float | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(?::\s*1)?", formatted or "")
    if not m:
        return None
    value = float(m.group(1))
    return value if 1.0 <= value <= 1000.0 else None


def _set_filter(
    rt: RoleTrack, words: tuple[str, ...], lo_hz: float, hi_hz: float
) -> tuple[str, float] | None:
    """(the EQ's name, the frequency in Hz) of a filter band named by ``words`` that the part's enabled EQ sets
    between ``lo_hz`` and ``hi_hz``; None when none is readable."""
    for fx in rt.track.fx:
        if not fx.enabled:
            continue
        for p in fx.params:
            name = p.name.lower()
            hz = (
                reaeq.parse_hz(p.formatted)
                if "freq" in name and any(w.strip() in name for w in words)
                else None
            )
            if (
                hz is not None and lo_hz <= hz <= hi_hz
            ):  # "110.0", "1.2k": read as the bridge reads ReaEQ's values
                return plugin_name(fx), hz
    return None


def set_high_pass(rt: RoleTrack) -> tuple[str, float] | None:
    """A high-pass the part's enabled EQ sets ("Freq-High Pass 1" = 110.0 on ReaEQ), with the EQ's name."""
    return _set_filter(rt, HPF_WORDS, 0.0, 2000.0)


def set_low_pass(rt: RoleTrack) -> tuple[str, float] | None:
    """A low-pass the part's enabled EQ sets ("Freq-Low Pass 5" on ReaEQ), with the EQ's name."""
    return _set_filter(rt, LPF_WORDS, 1000.0, 24000.0)


def has_high_pass(rt: RoleTrack) -> bool | None:
    """True/False when the plug-ins say so; None when an EQ is there but its filter types are not readable."""
    eqs = [
        fx
        for fx in rt.track.fx
        if fx.enabled and any(w in fx.name.lower() for w in ("eq", "filter", "pro-q"))
    ]
    if not eqs:
        return False
    for fx in eqs:
        text = " ".join([fx.name.lower()] + [f"{p.name} {p.formatted}".lower() for p in fx.params])
        if any(w in text for w in HPF_WORDS):
            return True
    return None


def fx_notes(rt: RoleTrack) -> tuple[str, ...]:
    """The track's plug-ins against MixologyDB's priors for its role: what is missing, bypassed or far off."""
    if rt.role is None or rt.role not in ROLE_TOPICS:
        return ()
    sp = starting_points(rt.role)
    who = ROLE_WORDS[rt.role]
    notes: list[str] = []
    eqs = [fx for fx in rt.track.fx if any(w in fx.name.lower() for w in ("eq", "pro-q"))]
    if eqs and not any(fx.enabled for fx in eqs):
        notes.append(f"{rt.quoted}'s {eqs[0].name.split(' (')[0]} is bypassed")
    hpf = has_high_pass(rt)
    if hpf is False and quotable(sp.hpf_hz) and sp.hpf_share >= 0.25:
        notes.append(
            f"{rt.quoted} has no high-pass (engineers high-passed {sp.hpf_share:.0%} of {sp.n_tracks} {who} in "
            f"real mixes, around {say_hz(sp.hpf_hz.median)})"  # type: ignore[union-attr]
        )
    comp = rt.track.find_fx("comp")
    ratio_prior = sp.compressor.ratio
    if comp is not None and not comp.enabled:
        notes.append(f"{rt.quoted}'s {comp.name.split(' (')[0]} is bypassed")
    elif comp is not None and quotable(ratio_prior):
        p = comp.param("ratio")
        ratio = _ratio(p.formatted) if p is not None else None
        assert ratio_prior is not None
        if ratio is not None and (ratio > 2.0 * ratio_prior.q3 or ratio < 0.75 * ratio_prior.q1):
            side = "well above" if ratio > ratio_prior.q3 else "well below"
            notes.append(
                f"{rt.quoted}'s compressor runs at {say_number(ratio)}:1, {side} the {say_number(ratio_prior.median)}:1 median "
                f"(IQR {say_number(ratio_prior.q1)}-{say_number(ratio_prior.q3)}) engineers used on {who}"
            )
    elif comp is None and sp.compressor.share >= 0.6:
        notes.append(
            f"{rt.quoted} has no compressor ({sp.compressor.share:.0%} of {who} in real mixes had one)"
        )
    return tuple(notes)


def has_reverb(rt: RoleTrack, sends_to_reverb: bool) -> bool:
    return sends_to_reverb or any(
        fx.enabled and any(w in fx.name.lower() for w in REVERB_WORDS) for fx in rt.track.fx
    )


def track_evidence(ctx: MixContext, rt: RoleTrack) -> TrackEvidence:
    about = findings_about(rt.name, ctx.findings)
    level = next((f for f in about if f.kind in TRACK_LEVEL_KINDS), None)
    lv = rt.track.level
    sends = any(any(w in s.dest_name.lower() for w in REVERB_WORDS) and not s.mute for s in rt.track.sends)
    return TrackEvidence(
        rt=rt,
        level=level,
        lufs=_finite(getattr(lv, "lufs", None)) if lv is not None else None,
        avg_peak_db=_finite(lv.avg_peak_db) if lv is not None else None,
        others=tuple(f for f in about if f is not level),
        fx_notes=fx_notes(rt),
        reverb=has_reverb(rt, sends),
    )


# ---------------------------------------------------------------- the whole mix where an instrument lives


def _level(a: Analysis, area: FrequencyArea, band: str, general: bool = False) -> AreaLevel | None:
    value = _finite(a.balance_vs_target_db.get(band))
    if value is None:
        return None
    return AreaLevel(area, band, round(value, 1), real_range_words(a, band), general)


def area_levels(
    a: Analysis | None, role: str | None, extra: tuple[FrequencyArea, ...] = ()
) -> tuple[AreaLevel, ...]:
    """The master against its reference in the band of each named area of ``role`` (and of ``extra`` areas)."""
    if a is None or role is None or role not in ROLE_TOPICS or role in ("other", "fx_return", "bus"):
        return ()
    out = []
    for area in (*frequency_areas(role), *(x for x in extra if x not in frequency_areas(role))):
        if area.hi_hz > a.sample_rate / 2.0:
            continue
        al = _level(a, area, band_of_area(area.lo_hz, area.hi_hz))
        if al is not None:
            out.append(al)
    return tuple(out)


def pick_area(a: Analysis | None, role: str | None, complaint: str | None) -> AreaLevel | None:
    """The area that speaks to the complaint. A tone complaint (harsh, muddy, boomy, thin, dull): the band where
    that tone lives (``model.tone_home``), named by the instrument's area that reaches into it, else by the
    general area of the kind; any other: the first named area, else the one furthest from typical."""
    areas = area_levels(a, role)
    band = home_band(complaint)
    if a is not None and band is not None and areas:
        assert role is not None  # area_levels found some
        area, general = areas_for(role, complaint, COMPLAINT_AREAS.get(complaint or "", ()))
        return _level(a, area, band, general) if area.hi_hz <= a.sample_rate / 2.0 else None
    if not areas:
        return None
    for name in COMPLAINT_AREAS.get(complaint or "", ()):
        for al in areas:
            if al.area.name == name:
                return al
    return max(areas, key=lambda al: abs(al.deviation_db))


def area_remark(ctx: MixContext, role: str | None, complaint: str | None) -> AreaLevel | None:
    """The area remark an answer may add (``pick_area``), or None when a whole-mix tonal verdict of the opposite
    sense covers its band (a mix leaning dull is never also said to have its air band above typical)."""
    if said_nasal(ctx.question, complaint):  # a honk at 800 Hz-1.5 kHz is no part's mud or sibilance
        return None
    al = pick_area(ctx.analysis, role, complaint)
    if al is None or contradicting_verdict(ctx.findings, al.band, al.deviation_db) is not None:
        return None
    return al


OVERLAP_OCTAVES = 0.25
"""A range shares an area when they overlap by at least a quarter of an octave: a low end up to 160 Hz grazing a
vocal's fullness from 150 Hz (0.09 octave) is not "in the vocal's range"; low-mids of 180-500 Hz reaching into a
guitar's mud at 400-600 Hz (0.32 octave) are."""


def _shares_enough(lo: float, hi: float, area: FrequencyArea) -> bool:
    top, bottom = min(hi, area.hi_hz), max(lo, area.lo_hz)
    return bottom > 0 and top > bottom and math.log2(top / bottom) >= OVERLAP_OCTAVES - 1e-9


def tonal_overlapping(ctx: MixContext, role: str | None, rt: RoleTrack | None = None) -> tuple[Finding, ...]:
    """Whole-mix problems in one of ``role``'s areas: the measured centre inside an area, or (a shelf, or an
    analysis without third octaves) the finding's range overlapping one. With the track ``rt`` given, never a
    problem lying wholly under its own high-pass: the pad filtered at 150 Hz is not where a low end "below
    100 Hz" comes from, whatever a pad's areas say of pads in general."""
    if role is None or role not in ROLE_TOPICS:
        return ()
    areas = frequency_areas(role)
    filtered_hz = set_high_pass(rt)[1] if rt is not None and set_high_pass(rt) is not None else None
    out = []
    for f in ctx.problems:
        if f.track is not None or (filtered_hz is not None and _top_hz(f) <= filtered_hz):
            continue
        centre = _finite(f.evidence.get("center_hz"))
        rng = f.evidence.get("range_hz")
        if centre is not None:
            hit = any(a.lo_hz <= centre <= a.hi_hz for a in areas)
        elif isinstance(rng, (list, tuple)) and len(rng) == 2 and all(_finite(v) is not None for v in rng):
            hit = any(_shares_enough(float(rng[0]), float(rng[1]), a) for a in areas)
        elif f.kind in KIND_RANGES_HZ:  # a finding that does not say where: where its kind lives
            lo, hi = KIND_RANGES_HZ[f.kind]
            hit = any(_shares_enough(lo, hi, a) for a in areas)
        else:
            hit = False
        if hit:
            out.append(f)
    return tuple(out)


def _top_hz(f: Finding) -> float:
    """The top of a whole-mix finding's range: a low shelf's corner ("the low end (below 100 Hz)"), else its
    measured range, else where its kind lives (inf: unknown)."""
    corner = _finite(f.evidence.get("shape_center_hz"))
    if corner is not None and str(f.evidence.get("shape", "")).startswith("a low shelf"):
        return corner
    rng = f.evidence.get("range_hz")
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and _finite(rng[1]) is not None:
        return float(rng[1])
    return KIND_RANGES_HZ.get(f.kind, (0.0, math.inf))[1]


def carried_tone(ctx: MixContext, rt: RoleTrack, complaint: str | None) -> tuple[Finding, ...]:
    """The whole mix's problems of the complaint's own tone kind ("harsh" for "my guitar sounds harsh") that sit
    where ``rt`` is strong by its band meters (``carries``), whether or not its role names an area there (an
    electric guitar names none at 2-5 kHz, yet its meter may be strongest there)."""
    if home_range(complaint) is None:
        return ()
    filtered_hz = set_high_pass(rt)[1] if set_high_pass(rt) is not None else 0.0
    return tuple(
        f
        for f in ctx.problems
        if f.track is None and f.kind == complaint and carries(ctx, rt, f) and _top_hz(f) > filtered_hz
    )


def ranked_problems(ctx: MixContext, session: SessionView) -> list[Finding]:
    """The problems most severe first, except that balance comes before EQ (the listening side's rule,
    ``companion.listening.balance_first``): a track too loud where a whole-mix build-up sits (or too quiet where
    the mix lacks) goes just before that build-up, since its fader is the likelier cause and the simpler fix; the
    build-up follows as the whole mix's. A track without band meters: its role's areas decide (``carries``)."""

    def unmetered(level: Finding, tonal: Finding) -> bool:
        rt = session.named(level.track) if level.track else None
        return rt is not None and carries(ctx, rt, tonal)

    return balance_before_eq(ctx.problems, bands_by_track(ctx.snapshot), unmetered, annotate=False)


def against_reference_first(problems: list[Finding], question: str) -> list[Finding]:
    """ "how does it compare to my reference?": what the comparison with the reference found comes first, the
    rest (a DC offset, clipping) after it; a question that does not name the reference keeps the ranking."""
    from model.intent_reference import REFERENCE

    against = [p for p in problems if p.evidence.get("reference")]
    if not against or not REFERENCE.search(question):
        return problems
    return against + [p for p in problems if not p.evidence.get("reference")]


def carries(ctx: MixContext, rt: RoleTrack, f: Finding) -> bool:
    """True when the whole-mix tonal finding ``f`` sits where ``rt`` is strong: one of its main bands (the
    track meter's seven bands) inside the finding's range; without band meters, one of its role's areas."""
    rng = f.evidence.get("range_hz")
    lo_hi = (
        (float(rng[0]), float(rng[1]))
        if isinstance(rng, (list, tuple)) and len(rng) == 2 and all(_finite(v) is not None for v in rng)
        else KIND_RANGES_HZ.get(f.kind)
    )
    main = main_bands(rt.track.level.bands_db if rt.track.level is not None else None)
    if lo_hi is None or not main:
        return f in tonal_overlapping(ctx, rt.role)
    return any(k in BANDS and BANDS[k][0] < lo_hi[1] and lo_hi[0] < BANDS[k][1] for k in main)
