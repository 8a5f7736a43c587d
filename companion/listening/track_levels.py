"""Session-based findings: a part far louder or quieter than engineers put that instrument in real mixes.

What is measured: each track's real loudness (``level.lufs``, BS.1770, post-fader, from the bridge's track
meter) when every part has it; otherwise REAPER's averaged peak meters, with wider margins, capped severity and
words that say so (peaks over-read drums and under-read sparse parts such as horn stabs).

What it is compared with, per role:
- Roles MixologyDB has in at least ``MIN_LEVEL_MIXES`` well-rated real mixes (kick, snare, bass, guitars,
  keys, organ, lead and backing vocals...; a one-track "Drums" stem as a whole kit): the role's typical level
  relative to the whole mix. A session's parts are summed per role (Gtr L + Gtr R) and compared with those
  typical levels; for each role the session's offset (the median difference of the OTHER roles, which absorbs
  how many tracks the mix has) is taken out: what is left is the role's deviation, the same statistic
  ``build_balance.balance_table`` measured on each real mix. Its spread there (10th-90th percentile) is what
  "typical" means: a deviation inside it is no finding, a remark begins past the quartile, a problem at the
  percentile + ``MARGIN_DB``, and severity grows with the distance beyond. A track inside a role gets the
  role's deviation plus its distance from an equal share of the role (so one loud guitar of two is named).
  No genre is given: the kick's range is widened by how far MixologyDB's genres differ (``GENRE_WIDENED``).
- Each part with a MixologyDB relation to the lead vocal (10+ mixes) is also held against the lead, while the
  lead itself sits in its place (``track_relations``): a keyboard part level with the lead is past where real
  mixes keep keyboards, though inside their whole-mix spread; the stronger verdict is kept.
- A lead vocal on its quiet side of real mixes (a remark or a problem) is judged first (``lead_first``):
  a part "too loud against the lead" that would not be with the lead raised inside real mixes' middle half is
  explained by the lead, whose "too quiet" then leads.
- Backing vocals are also held against the lead vocal, track by track (``_backing_vs_lead``): well under the
  lead is how real mixes sit a harmony, so "too quiet" needs it buried, "too loud" near or over the lead.
- Keyboard parts with too few real mixes of their own (synths, pianos): summed with the session's other
  keyboard parts and judged as MixologyDB's ``keyboards`` group (39 mixes), and by the lead-relative rules
  below; the stronger verdict is kept.
- Kit mics (kick, snare, hats...) are also judged inside the kit: against each other kit mic of the session,
  each pair against its usual relation in real mixes (``balance.kit``). Only the kit's outlier can be named
  (the mic that breaks every relation the same way and whose removal leaves the rest consistent), so one
  moved mic does not make the others look off; the stronger of the two verdicts is kept. A kit verdict is judged
  again with its mates that are off against the whole mix put back first (``kit_mates``).
- Pads (``FELT_BEDS``) are beds, not keys: judged by relations only, "too quiet" only when buried under
  everything, "too loud" near the lead vocal (the constant says where the rule comes from).
- Supporting parts MixologyDB lacks entirely (strings, horns): no "typical level" verdict, only what any
  engineer would say: a supporting part well above the lead vocal, a sustained bed (strings, pad) nearly as
  loud as the lead vocal, a part buried under everything, and, for accompaniment parts, how far under the
  lead vocal MixologyDB's accompaniment parts (guitars, keys, organs; pooled) sit.
Moves are capped at ``MAX_MOVE_DB`` ("start there, then listen"), never the full distance on a guess.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from companion.context import PROBLEM_SEVERITY, Finding, FindingKind, Snapshot, Track
from companion.knowledge.build_balance import (
    ACCOMPANIMENT_ROLES,
    KEYBOARD_ROLES,
    KIT_ROLES,
    MIN_KIT_OTHERS,
    kit_offset,
)
from companion.knowledge.priors import (
    BalancePrior,
    Spread,
    accompaniment_vs_lead,
    backing_track_vs_lead,
    balance_relations,
    genre_shift,
    kit_spread,
    starting_points,
    typical_level,
)
from companion.knowledge.roles import NOT_A_PART, ROLE_WORDS, SUPPORT_ROLES, instrument_role
from companion.listening.grading import grade
from companion.listening.kit_mates import kit_mates_first, kit_outlier
from companion.listening.lead_first import Rejudge, lead_first, lead_room_db
from companion.listening.level_confirm import confirmed_by_masking, off_its_place, off_words
from companion.listening.masking import diagnose_masking
from companion.listening.peak_fallback import hedge_peak_verdicts, peak_caveat
from companion.listening.track_relations import Scale, lead_relation_findings

SILENT_TRACK_DB = -80.0  # a track quieter than this is not playing
MIN_PARTS = 3  # with fewer playing parts, "relative to the mix" means nothing
MARGIN_DB = 1.0  # a problem begins this far past the role's 10th/90th percentile in real mixes
FULL_PAST_DB = 9.0  # ... and is at full severity this far past it
PEAK_MARGIN_DB = 3.0  # peak meters are a cruder measure: wider margins ...
PEAK_MAX_SEVERITY = 0.6  # ... and never more than this
MAX_MOVE_DB = 6.0
SCALE = Scale(MARGIN_DB, FULL_PAST_DB, PEAK_MARGIN_DB, PEAK_MAX_SEVERITY, MAX_MOVE_DB)  # track_relations too
ABOVE_LEAD = (0.0, 2.0, 10.0)  # supporting part vs the lead vocal (dB over it): remark, problem, full
BEDS = ("strings", "pad")  # sustained beds: as loud as the lead, they cover the words
BED_VS_LEAD = (-6.0, -3.0, 5.0)
FELT_BEDS = ("pad",)
"""Beds mixed to be felt, not heard as a part: "too quiet" only when buried (``_buried_scale``: under every other
part AND further under the lead vocal than real mixes keep their quietest parts), never against the keys' typical level or the pooled accompaniment relation, and
"too loud" when near or over the lead (``BED_VS_LEAD``). A pad is not one of the keys: engineers sit it well
under the comping parts. MixologyDB cannot give a pad a typical level: it has synth pads in one song ('Sea Of
Leaves', KEYS tracks named SynthPad), in one well-rated mix 8.0 dB under that mix's lead vocal (5.2 dB over its
quietest part), in its three mixes a median 3.8 dB under (10th percentile 7.2 under; ``roles.pad``): one song,
no spread. The relation is the engineer's (a pad covering the words is too loud; one that no longer reaches the
ear, under everything, is too quiet), as with the backing vocals; the 8.0 dB sits just past ``BED_VS_LEAD``'s
remark point. Strings are not here: a "strings" track may be a bed or a line (a fiddle, a violin solo) and
keeps the accompaniment relation."""
BURIED = (16.0, 20.0, 30.0)  # dB under the lead vocal, and the quietest part by BURIED_GAP_DB
BURIED_GAP_DB = 3.0
LEVEL_FIRST = 0.05  # a masking finding caused by a level problem ranks this far under it
BACKING = "backing_vocal"
GENRE_WIDENED = ("kick",)
"""Parts judged against the whole mix across genres when no genre is given: their range is widened on each side
by how far the furthest genre's median sits from the pooled one (MixologyDB ``balance.genres``, genres with 5+
well-rated mixes). The amount of percussion is what separates genres most, first below 100-150 Hz where the
kick carries the kit (Elowsson & Friberg 2017: more drums raise < 100 Hz; Pestana et al. 2013: hip-hop, pop,
rock, electronic louder below 150 Hz), and MixologyDB shows it: its kicks sit 3.9 dB under their pooled place
in the country mixes, 2.5 dB over it in the funk ones. Only where the kit can also be judged from inside (at
least ``MIN_KIT_OTHERS`` other kit mics play), since a mic's level against the other kit mics (``balance.kit``)
is not widened and still names a moved kick; with fewer mics, no widening. The other kit mics are not widened:
their genre medians spread as far (snare -8.3/+2.5 dB, overheads -2.8/+5.6), but the hats' all sit on one
side of the pooled median (+0.1/+3.1: no consistent genre spread), and on the development sessions widening
every kit mic lost parts moved 10 dB (hats +10 found in rock 1/3 instead of 3/3, in pop 2/3 instead of 3/3)."""


@dataclass(frozen=True, slots=True)
class Part:
    track: Track
    role: str | None
    level_db: float


def expected_relative_db(role: str) -> float | None:
    """Median level of one ``role`` track relative to the whole mix in the MixologyDB mixes (None when
    unknown): the overlay's Mix view draws each track against it (the findings use ``typical_level``)."""
    spread = starting_points(role).level_vs_mix_lu
    return None if spread is None else spread.median


def _level(t: Track, loudness: bool) -> float | None:
    if t.level is None:
        return None
    value = t.level.lufs if loudness else t.level.avg_peak_db
    return value if value is not None and math.isfinite(value) and value > SILENT_TRACK_DB else None


KIT = KIT_ROLES
GROUPED_KEYBOARDS = tuple(r for r in KEYBOARD_ROLES if r not in FELT_BEDS)
"""Keyboard parts a piano or synth is summed with; a pad is a bed (``FELT_BEDS``), judged on its own terms."""
GROUP_WORDS = {
    "drum_bus": "drum kits (all their mics together)",
    "keyboards": "keyboard parts (keys, pianos, organs and synths together)",
}
"""A part judged as a group: a kit stem, or the session's keyboards when one of them (a synth, a piano) has too
few real mixes of its own: MixologyDB has the group in 39 mixes, a synth alone in one. (Its group sums a synth pad
too, in one of the 39; a session's pad is judged as a bed, ``FELT_BEDS``.)"""


def _parts(snapshot: Snapshot) -> tuple[list[Part], bool]:
    """The playing parts (not muted, not folders, not buses or returns) and whether they carry loudness.

    A "Drums" track counts as the whole kit only when no kit mic (kick, snare...) plays beside it; otherwise it
    is a bus of those mics and counting it would count them twice.
    """
    candidates = [
        (t, instrument_role(t.name))
        for t in snapshot.tracks
        if not t.mute and t.folder_depth <= 0 and t.level is not None  # a folder parent holds its children
    ]
    kit_mics = any(r in KIT for _, r in candidates)
    candidates = [(t, r) for t, r in candidates if r not in NOT_A_PART or (r == "drum_bus" and not kit_mics)]
    audible = [(t, r) for t, r in candidates if _level(t, False) is not None or _level(t, True) is not None]
    loudness = bool(audible) and all(t.level is not None and t.level.lufs is not None for t, _ in audible)
    parts = [Part(t, r, lv) for t, r in audible if (lv := _level(t, loudness)) is not None]
    return parts, loudness


def _power_db(levels: list[float]) -> float:
    return 10.0 * math.log10(math.fsum(10.0 ** (v / 10.0) for v in levels))


def _move(dev_db: float, inside_db: float) -> float:
    """The fader move to suggest: back towards the typical range (its quartile), at most MAX_MOVE_DB, 0.5 dB steps."""
    distance = max(1.0, abs(dev_db) - abs(inside_db))
    return -math.copysign(min(MAX_MOVE_DB, round(distance * 2.0) / 2.0), dev_db)


def _words(role: str) -> str:
    return ROLE_WORDS.get(role, role.replace("_", " "))


def _typical_findings(parts: list[Part], loudness: bool) -> tuple[list[Finding], set[str], float, float, Rejudge]:  # fmt: skip
    """Findings for parts whose role has a MixologyDB level; returns them, the guids judged, how far the lead
    vocal (all its tracks) sits from its typical place (0 when it is not judged or within its range), its
    whole-mix residual (0 when not judged) and the relations to the lead again with the lead raised by N dB."""
    mix_db = _power_db([p.level_db for p in parts])
    by_role: dict[str, list[Part]] = defaultdict(list)
    keyboards = any(p.role in GROUPED_KEYBOARDS and typical_level(p.role) is None for p in parts)
    for p in parts:
        part = "keyboards" if keyboards and p.role in GROUPED_KEYBOARDS else p.role
        if part is not None and typical_level(part) is not None:
            by_role[part].append(p)
    if len(by_role) < MIN_PARTS:
        return [], set(), 0.0, 0.0, lambda up: []
    role_db = {role: _power_db([p.level_db for p in ps]) for role, ps in by_role.items()}
    deltas = {
        role: role_db[role] - mix_db - typical_level(role).typical_vs_mix_lu(len(ps))
        for role, ps in by_role.items()
    }
    findings: list[Finding] = []
    lead_off = lead_dev = 0.0
    for role, ps in by_role.items():
        prior = typical_level(role)
        offset = float(np.median([d for r, d in deltas.items() if r != role]))  # the other roles' consensus
        if role == "lead_vocal":
            dev = lead_dev = deltas[role] - offset
            edge = prior.residual.p90 if dev > 0 else prior.residual.p10
            lead_off = dev if edge is not None and abs(dev) > abs(edge) + MARGIN_DB else 0.0
        for p in ps:
            share_db = p.level_db - role_db[role] + 10.0 * math.log10(len(ps))  # 0 for an equal share
            widen = role in GENRE_WIDENED and sum(r in KIT_ROLES for r in by_role) > MIN_KIT_OTHERS
            f = _typical_finding(
                p, role, deltas[role] - offset + share_db, prior, loudness, len(ps), widen=widen
            )
            if f is not None:
                findings.append(f)
    findings = kit_mates_first(findings, lambda mv: _kit_findings(by_role, {r: v + mv.get(r, 0.0) for r, v in role_db.items()}, loudness))  # fmt: skip
    findings += lead_relation_findings(by_role, role_db, lead_dev, lead_off, loudness, SCALE)
    findings = _backing_vs_lead(findings, by_role, loudness, lead_off)
    judged = {p.track.guid for role, ps in by_role.items() if role not in GROUP_WORDS for p in ps}
    return findings, judged, lead_off, lead_dev, lambda up: lead_relation_findings(by_role, role_db, lead_dev, -up, loudness, SCALE)  # fmt: skip


def _backing_vs_lead(findings: list[Finding], by_role: dict[str, list[Part]], loudness: bool,
                     lead_off_db: float) -> list[Finding]:  # fmt: skip
    """Backing vocals against the lead vocal, track by track (MixologyDB ``backing_vocal_track_vs_lead_lu``: in
    well-rated mixes one backing-vocal track sits a median 6.5 dB under the lead, most between 13.7 under and
    0.6 over). Well under the lead is how harmonies are mixed, so a whole-mix "too quiet" verdict stands only
    when the track is also further under the lead than three quarters of real backing-vocal tracks (buried,
    not blended); a track past the 90th percentile, near or over the lead, is too loud. The lead is taken
    where it belongs when it is itself far off (``lead_off_db``)."""
    spread = backing_track_vs_lead()
    leads, backing = by_role.get("lead_vocal"), by_role.get(BACKING)
    if spread is None or spread.p90 is None or not leads or not backing:
        return findings
    lead_db = _power_db([p.level_db for p in leads]) - lead_off_db
    names = {p.track.name for p in backing}
    kept = [
        f
        for f in findings
        if not (f.track in names and f.kind is FindingKind.TRACK_TOO_QUIET and f.evidence.get("role") == BACKING
                and float(f.evidence["level_db"]) - lead_db >= spread.q1)
    ]  # fmt: skip
    margin = MARGIN_DB if loudness else MARGIN_DB + PEAK_MARGIN_DB
    for p in backing:
        over = p.level_db - lead_db
        edge = spread.p90 + margin
        sev = grade(over, spread.q3, edge, edge + FULL_PAST_DB)
        if not loudness:
            sev = min(sev, PEAK_MAX_SEVERITY)
        if sev <= 0.0:
            continue
        lead_words = "your lead vocal" + (" (taken where real mixes put it)" if lead_off_db else "")
        caveat = peak_caveat(loudness)
        kept.append(
            Finding(
                kind=FindingKind.TRACK_TOO_LOUD,
                severity=round(sev, 3),
                summary=(
                    f"{caveat}'{p.track.name}' sits {abs(over):.0f} dB {'over' if over > 0 else 'under'} "
                    f"{lead_words}: in {spread.n} backing-vocal tracks of well-rated real mixes (MixologyDB) most "
                    f"sit between {-spread.p10:.0f} dB under the lead and {spread.p90:+.0f} dB, a median "
                    f"{-spread.median:.0f} dB under it."
                ),
                evidence={
                    "role": BACKING,
                    "compared_as": "backing_vocal_vs_lead",
                    "measured_on": "loudness" if loudness else "peak meter",
                    "level_db": round(p.level_db, 1),
                    "vs_lead_db": round(over, 1),
                    "deviation_db": round(over, 1),
                    "relation": "near or over the lead vocal",
                    "compared_with": f"MixologyDB's backing-vocal tracks vs their lead vocal ({spread.n} tracks "
                    "of well-rated real mixes)",
                    "typical_spread_db": [spread.p10, spread.p90],
                    "suggested_delta_db": -min(MAX_MOVE_DB, max(1.0, round((over - spread.q3) * 2.0) / 2.0)),
                    "move_cap_db": MAX_MOVE_DB,
                    "fader_db": p.track.volume_db,
                },
                track=p.track.name,
            )
        )
    return kept


def _kit_findings(by_role: dict[str, list[Part]], role_db: dict[str, float], loudness: bool) -> list[Finding]:
    """Each kit mic against the session's other kit mics (at least two), each pair against its usual relation
    in real mixes: a kick 10 dB down shows against the snare and hats even when the whole-mix comparison,
    whose real-mix spread is wider, still calls it typical. The stronger of the two verdicts is kept."""
    relations = balance_relations()
    adj = {
        r: role_db[r] - typical_level(r).count_slope * 10.0 * math.log10(len(ps))
        for r, ps in by_role.items()
        if r in KIT_ROLES
    }
    outlier = kit_outlier(adj, relations)
    spread = kit_spread(outlier) if outlier is not None else None
    offset = kit_offset(adj, outlier, relations) if outlier is not None else None
    if outlier is None or spread is None or offset is None:
        return []
    findings = []
    mates = [p.track.name for r in adj if r != outlier for p in by_role[r]]
    ps = by_role[outlier]
    for p in ps:
        share_db = p.level_db - role_db[outlier] + 10.0 * math.log10(len(ps))
        prior = typical_level(outlier)
        f = _typical_finding(p, outlier, offset + share_db, prior, loudness, len(ps), spread, mates)
        if f is not None:
            findings.append(f)
    return findings


def _typical_finding(p: Part, role: str, dev: float, prior: BalancePrior, loudness: bool, n_role: int,
                     kit: Spread | None = None, mates: list[str] | None = None,
                     widen: bool = False) -> Finding | None:  # fmt: skip
    """A part against its role's place in real mixes; with ``kit``, against the other kit mics (``mates``);
    ``widen``: by the genres' spread (``GENRE_WIDENED``)."""
    residual = kit or prior.residual
    loud = dev > 0
    low, high = residual.p10 or 0.0, residual.p90 or 0.0
    shift = genre_shift(role) if widen and kit is None else None
    if shift is not None:
        low, high = low + min(0.0, shift[0]), high + max(0.0, shift[1])
    edge = high if loud else low
    inside = residual.q3 if loud else residual.q1
    margin = MARGIN_DB if loudness else MARGIN_DB + PEAK_MARGIN_DB
    sev = grade(abs(dev), abs(inside), abs(edge) + margin, abs(edge) + margin + FULL_PAST_DB)
    if not loudness:
        sev = min(sev, PEAK_MAX_SEVERITY)
    if sev <= 0.0:
        return None
    word = "louder" if loud else "quieter"
    who = GROUP_WORDS.get(role) or _words(role)
    compared = f"MixologyDB's level for {who} in {residual.n} well-rated real mixes"
    if shift is not None:
        compared += ", widened by how far its genres differ (no genre given)"
    against = "the rest of your tracks"
    if mates:
        against = "your other drum mics (" + ", ".join(f"'{m}'" for m in mates) + ")"
        compared = (
            f"MixologyDB's balance of {who} against the other drum mics in {residual.n} well-rated real mixes"
        )
    caveat = peak_caveat(loudness)
    name = f"'{p.track.name}'"
    summary = (
        f"{caveat}{name} sits about {abs(dev):.0f} dB {word} against {against} than {who} do in "
        f"{residual.n} well-rated real mixes (MixologyDB): most sit between {low:+.0f} and "
        f"{high:+.0f} dB of their usual place{' in one genre or another' if shift is not None else ''}"
    )
    return Finding(
        kind=FindingKind.TRACK_TOO_LOUD if loud else FindingKind.TRACK_TOO_QUIET,
        severity=round(sev, 3),
        summary=summary + ".",
        evidence={
            "role": p.role if role == "keyboards" else role,
            "compared_as": role,
            "measured_on": "loudness" if loudness else "peak meter",
            "level_db": round(p.level_db, 1),
            "deviation_db": round(dev, 1),
            "compared_with": compared,
            "typical_vs_mix_lu": round(prior.typical_vs_mix_lu(n_role), 1),
            "typical_spread_db": [round(low, 1), round(high, 1)],
            **({"genre_shift_db": list(shift)} if shift is not None else {}),
            **({"compared_within": "drum kit", "kit_mates": mates} if mates else {}),
            "tracks_in_role": n_role,
            "suggested_delta_db": _move(dev, inside),
            "move_cap_db": MAX_MOVE_DB,
            "fader_db": p.track.volume_db,
        },
        track=p.track.name,
    )


def _buried_scale(role: str | None) -> tuple[tuple[float, float, float], str | None]:
    """dB under the lead vocal where a part under every other part is buried: remark, problem, full; and, for a
    bed, the real-mix figure the scale comes from. A felt bed (``FELT_BEDS``) is buried when it sits further
    under the lead than the quietest parts engineers keep as parts: MixologyDB's percussion (shakers,
    tambourines: ``roles.percussion.role_level_vs_lead_lu``), a remark past their median, a problem past their
    first quartile. Other parts keep the ``BURIED`` convention."""
    spread = starting_points("percussion").role_level_vs_lead_lu if role in FELT_BEDS else None
    if spread is None or spread.q1 is None:
        return BURIED, None
    words = (
        f"MixologyDB's percussion, {spread.n} mixes: a median {-spread.median:.0f} dB under the lead vocal, "
        f"a quarter of them {-spread.q1:.0f} dB or more under"
    )
    return (-spread.median, -spread.q1, -spread.q1 + FULL_PAST_DB), words


def _relation_findings(
    parts: list[Part], judged: set[str], loudness: bool, lead_off_db: float
) -> list[Finding]:
    """Supporting parts without a MixologyDB level: well above the lead vocal, or buried under everything.

    When the lead vocal is itself far from its place (``lead_off_db``, a problem by its own rule), the
    comparison is with where it belongs, so a buried vocal does not make every other part "too loud".
    """
    leads = [p for p in parts if p.role == "lead_vocal"]
    if not leads:
        return []
    lead_db = _power_db([p.level_db for p in leads]) - lead_off_db
    lead_names = " and ".join(f"'{p.track.name}'" for p in leads)
    if lead_off_db:
        lead_names += f", taken {abs(lead_off_db):.0f} dB {'lower' if lead_off_db > 0 else 'higher'}, where real mixes put it"
    findings = []
    pooled = accompaniment_vs_lead()
    for p in parts:
        if p.track.guid in judged or p.role not in SUPPORT_ROLES:
            continue
        over = p.level_db - lead_db
        others = [q.level_db for q in parts if q is not p]
        quietest = bool(others) and p.level_db <= min(others) - BURIED_GAP_DB
        margin = 0.0 if loudness else PEAK_MARGIN_DB
        caveat = peak_caveat(loudness, hint=False)
        bed = p.role in BEDS
        compared = f"relative to your lead vocal ({lead_names})"
        if over > (BED_VS_LEAD[0] if bed else 0.0):
            scale = BED_VS_LEAD if bed else ABOVE_LEAD
            sev = grade(over, scale[0] + margin, scale[1] + margin, scale[2] + margin)
            target = scale[0] - 2.0 if bed else -3.0  # back under the lead, with room to spare
            kind, delta = FindingKind.TRACK_TOO_LOUD, -min(MAX_MOVE_DB, max(1.0, round(over - target)))
            if round(over) == 0:  # never "0 dB louder" / "only 0 dB under"
                text = f"{caveat}'{p.track.name}' sits level with your lead vocal ({lead_names})"
                relation = (
                    "louder than the lead vocal"
                    if over > 0
                    else "a sustained bed nearly as loud as the lead vocal"
                )
            elif over > 0:
                text = f"{caveat}'{p.track.name}' is {over:.0f} dB louder than your lead vocal ({lead_names})"
                relation = "louder than the lead vocal"
            else:
                text = (
                    f"{caveat}'{p.track.name}' sits only {-over:.0f} dB under your lead vocal ({lead_names})"
                )
                relation = "a sustained bed nearly as loud as the lead vocal"
        elif (
            pooled is not None
            and p.role in ACCOMPANIMENT_ROLES
            and p.role not in FELT_BEDS
            and over < pooled.q1
        ):
            low = pooled.p10 if pooled.p10 is not None else pooled.q1
            sev = grade(
                over, pooled.q1 - margin, low - MARGIN_DB - margin, low - MARGIN_DB - margin - FULL_PAST_DB
            )
            text = (
                f"{caveat}'{p.track.name}' sits {-over:.0f} dB under your lead vocal ({lead_names}); in "
                f"{pooled.n} accompaniment parts of well-rated real mixes (MixologyDB: guitars, keys, organs), "
                f"most sit {-pooled.q1:.0f} to {-low:.0f} dB under the lead"
            )
            kind, delta = FindingKind.TRACK_TOO_QUIET, min(MAX_MOVE_DB, max(1.0, round(pooled.q1 - over)))
            relation = "far under the lead vocal, past where real mixes put accompaniment parts"
            compared = (
                f"relative to your lead vocal ({lead_names}), against MixologyDB's accompaniment parts "
                f"(guitars, keys, organs; {pooled.n} in well-rated real mixes) vs their lead vocal, pooled"
            )
        elif quietest:
            scale, quietest_parts = _buried_scale(p.role)
            sev = grade(-over, scale[0] + margin, scale[1] + margin, scale[2] + margin)
            text = f"{caveat}'{p.track.name}' sits {-over:.0f} dB under your lead vocal and under every other part"
            if quietest_parts is not None:
                text += f", further under the lead than most of the quietest parts real mixes keep ({quietest_parts})"
                compared += f", against {quietest_parts}"
            kind, delta = FindingKind.TRACK_TOO_QUIET, min(MAX_MOVE_DB, max(1.0, round(-over - scale[0])))
            relation = "buried under everything"
        else:
            continue
        if not loudness:
            sev = min(sev, PEAK_MAX_SEVERITY)
        if sev <= 0.0:
            continue
        role = p.role or "other"
        felt = role in FELT_BEDS
        why = f"a supporting part ({_words(role)}) normally sits under the lead"
        if felt:
            why = f"{_words(role)} are beds, mixed to be felt under the other parts" + (
                ": this close to the lead it covers the words"
                if kind is FindingKind.TRACK_TOO_LOUD
                else ": this far down it is no longer felt"
            )
        findings.append(
            Finding(
                kind=kind,
                severity=round(sev, 3),
                summary=(
                    f"{text}: {why}. There is no "
                    f"typical level for {_words(role)} in the real mixes we have, so this compares it with "
                    "your lead vocal only."
                ),
                evidence={
                    "role": role,
                    "measured_on": "loudness" if loudness else "peak meter",
                    "level_db": round(p.level_db, 1),
                    "vs_lead_db": round(over, 1),
                    "relation": relation,
                    **({"compared_as": "bed"} if felt else {}),
                    "compared_with": compared,
                    "suggested_delta_db": float(delta),
                    "move_cap_db": MAX_MOVE_DB,
                    "fader_db": p.track.volume_db,
                },
                track=p.track.name,
            )
        )
    return findings


def _strongest_per_track(findings: list[Finding]) -> list[Finding]:
    """One level finding per track: a part judged two ways (a keyboard part with the session's keyboards and
    against the lead vocal; a kit mic against the mix and against the other kit mics) keeps the stronger."""
    best: dict[tuple[object, ...], Finding] = {}
    for f in findings:  # one track judged twice has the same level; two tracks may share a name
        key = (f.track, f.evidence.get("level_db"), f.evidence.get("fader_db"))
        if key not in best or f.severity > best[key].severity:
            best[key] = f
    return list(best.values())


def diagnose_tracks(snapshot: Snapshot) -> list[Finding]:
    """The session's track findings, most severe first: track_too_loud / track_too_quiet for the parts'
    balance, and masking between named tracks where the track meter gives band levels.

    A level problem comes before the masking it causes: when the covered track is too quiet, or the masker
    too loud, the masking finding ranks under that level finding and says so (fix the fader first).
    """
    balance: list[Finding] = []
    parts, loudness = _parts(snapshot)
    if len(parts) >= MIN_PARTS:
        typical, judged, lead_off_db, lead_dev_db, related = _typical_findings(parts, loudness)
        relations = _relation_findings(parts, judged, loudness, lead_off_db)
        balance = _strongest_per_track(typical + relations)
        leads = [p for p in parts if p.role == "lead_vocal"]
        if len(leads) == 1 and (lead := typical_level("lead_vocal")) is not None:  # judge the lead first
            by_role = {"lead_vocal": leads, BACKING: [p for p in parts if p.role == BACKING]}
            balance = lead_first(balance, leads[0].track.name, lead_room_db(lead_dev_db, lead_off_db, lead.residual),
                                 lambda up: _relation_findings(parts, judged, loudness, -up) + related(up)
                                 + _backing_vs_lead([], by_role, loudness, -up))  # fmt: skip
        balance = hedge_peak_verdicts(balance)
    level = {(f.track, f.kind): f for f in balance}
    masking = []
    for f in diagnose_masking(snapshot):
        causes = [
            c
            for c in (
                level.get((f.evidence.get("other_track"), FindingKind.TRACK_TOO_QUIET)),
                level.get((f.track, FindingKind.TRACK_TOO_LOUD)),
            )
            if c is not None
        ]
        cause = max(causes, key=lambda c: c.severity, default=None)  # the stronger explanation
        if cause is not None:
            who = "too quiet" if cause.kind is FindingKind.TRACK_TOO_QUIET else "too loud"
            severity = f.severity
            if cause.is_problem:  # rank under the level problem, but a masking problem stays a problem
                floor = PROBLEM_SEVERITY if f.is_problem else 0.0
                severity = min(f.severity, max(cause.severity - LEVEL_FIRST, floor))
                note = f" (but '{cause.track}' is {who}: fix its fader first)."
            elif f.is_problem and off_its_place(cause):  # two measures, one cause: the fader
                promoted = confirmed_by_masking(cause, f)
                balance = [promoted if b is cause else b for b in balance]
                level[(cause.track, cause.kind)] = promoted
                severity = max(PROBLEM_SEVERITY, promoted.severity - LEVEL_FIRST)
                note = f" (but '{cause.track}' also sits {off_words(cause)}: fix its fader first)."
                cause = promoted
            else:
                move = abs(float(cause.evidence.get("deviation_db", 0.0)))
                than = "quieter" if cause.kind is FindingKind.TRACK_TOO_QUIET else "louder"
                note = f" ('{cause.track}' also sits about {move:.0f} dB {than} than usual: its fader may be the better fix)."
            f = dataclasses.replace(
                f,
                severity=round(max(0.0, severity), 3),
                summary=f.summary[:-1] + note,
                evidence={**f.evidence, "explained_by": f"{cause.kind} on '{cause.track}'"},
            )
        masking.append(f)
    return sorted(balance + masking, key=lambda f: -f.severity)
