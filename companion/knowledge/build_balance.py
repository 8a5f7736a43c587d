"""Track-balance priors from the better-rated MixologyDB mixes: where each part sits, and how parts sit to each other.

Called by ``companion.knowledge.build_priors`` (the ``balance`` block of ``data/mixology_priors.json``) with, per
well-rated mix, each part's post-fader level vs the whole mix and its number of tracks. Three views of one mix:
its roles as they are; its kit mics summed into one ``drum_kit`` (a session whose drums are one stem or bus);
its keyboard parts (keys, piano, organ, synth, pad) summed into ``keyboards`` (the group a piano, synth or pad
is judged with, since MixologyDB has only a handful of each on their own).

- ``parts``: each part's typical level vs the mix given its track count, and the spread of its balance residual
  (what ``companion/listening/track_levels.py`` computes on a session).
- ``relations``: for each pair of parts present together in at least ``MIN_BALANCE_MIXES`` mixes, the spread of
  their level difference (count-adjusted: level - count_slope * 10 log10 tracks), the way an engineer hears "the
  kick is far under the snare". ``companion/listening/track_relations.py`` judges a session's pairs with it.
- ``accompaniment``: pooled over the accompaniment parts MixologyDB has (guitars, keys, organs...), how far one
  sits from the median of the mix's other accompaniment parts and from the lead vocal: the only honest figure
  for a part MixologyDB has no level for at all (horns, strings).
- ``genres``: for the drums (kit mics, a kit stem), the median balance residual per genre: the level of the drums
  against the rest is what separates genres most (Elowsson & Friberg 2017, Pestana et al. 2013), and a session
  comes with no genre, so ``track_levels`` widens a drum part's range by how far the furthest genre sits.
- ``backing_vocal_track_vs_lead``: one backing-vocal track minus the lead vocal (all its tracks summed), per
  track: how far under the lead a single harmony line sits in real mixes, whatever the number of tracks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from companion.knowledge.percentiles import spread

KIT_ROLES = ("kick", "snare", "hihat", "toms", "overheads", "room")
"""A drum kit's mics: what a drum bus, or a single 'Drums' stem, carries."""
KEYBOARD_ROLES = ("keys", "piano", "organ", "synth", "pad")
"""MixologyDB's KEYS tracks, refined by name: the group a keyboard part with too little data of its own joins."""
ACCOMPANIMENT_ROLES = (
    "electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad", "strings", "horns",
)  # fmt: skip
"""Parts that accompany the lead with chords or lines (not drums, bass or vocals)."""
GROUPS: dict[str, tuple[tuple[str, ...], bool]] = {
    "drum_kit": (KIT_ROLES, False),
    "keyboards": (KEYBOARD_ROLES, True),
}
"""group -> (member roles, whether its track count counts): a kit stem is one track whatever its mics."""
MIN_BALANCE_MIXES = 10
MIN_GENRE_MIXES = 5  # a genre's median is recorded when this many well-rated mixes of it have the part
GENRE_PARTS = (*KIT_ROLES, "drum_kit")
"""Parts whose level is a genre marker: the amount of percussion (Elowsson & Friberg 2017, AES 142 paper 9762:
genres differ mostly by it; Pestana et al. 2013, AES 135: hip-hop, pop, rock, electronic louder below 150 Hz)."""
MIN_KIT_OTHERS = 2  # a kit mic is judged against the rest of the kit when at least this many other mics play
LEAD = "lead_vocal"
BALANCE_ABOUT = (
    "Track balance priors from the better-rated half of each song's mixes (mean listener rating at or above the "
    "song's median; The Mix Evaluation Dataset's ratings): per part (all of its tracks summed), its level vs the "
    "mix given its number of tracks n is intercept_lu + count_slope * 10 log10 n (count_slope pooled over the "
    "roles; typical_vs_mix_lu shows it at the median track count), and residual_lu is the spread of its balance "
    "residual (level - typical - the mix's offset, the median of the other parts' differences). drum_kit is all "
    "of a kit's mics summed, judged as one part with no count term (a session whose drums are one stem or bus); "
    "keyboards is all of a mix's keys, pianos, organs, synths and pads summed. relations[a][b] is the spread "
    "(10th-90th percentile) of a's count-adjusted level (level - count_slope * 10 log10 tracks) minus b's in the "
    "same mix, for every pair present together in at least 10 mixes (b's level minus a's is its mirror). "
    "kit[r] is the spread of a kit mic's offset from the other kit mics of its mix (each difference minus its "
    "relation median; the median over at least 2 other mics): the kit judged from inside. "
    "accompaniment pools the accompaniment parts MixologyDB has: vs_others_lu is one part minus the median of "
    "the mix's other accompaniment parts, vs_lead_lu one part minus the lead vocal (count-adjusted). "
    "genres[part] (drum parts only: the amount of percussion is what separates genres) gives, per genre with at "
    "least 5 well-rated mixes having the part, the median of its balance residual, and shift_lu the lowest and "
    "highest of those medians minus the pooled median. backing_vocal_track_vs_lead_lu is one backing-vocal track "
    "minus the lead vocal (all its tracks summed) in the same well-rated mix, per track (no count model)."
)

View = dict[str, tuple[float, int]]  # part -> (level vs the mix in LU, number of tracks)


def mix_rating(mix: dict[str, Any]) -> float | None:
    """Mean listener rating (0..1) of a mix in The Mix Evaluation Dataset, None when it has none."""
    ratings = [
        float(e["track-num-eval"])
        for e in mix.get("mix-evaluation") or []
        if isinstance(e, dict) and isinstance(e.get("track-num-eval"), (int, float))
    ]
    return sum(ratings) / len(ratings) if ratings else None


def better_half(mixes: list[dict[str, Any]]) -> list[bool]:
    """For each mix: rated at or above the median rating of its song's mixes (unrated mixes: False)."""
    by_song: dict[str, list[float]] = defaultdict(list)
    for mix in mixes:
        if (r := mix_rating(mix)) is not None:
            by_song[str(mix.get("song-name"))].append(r)
    medians = {song: float(np.median(r)) for song, r in by_song.items()}
    return [(r := mix_rating(m)) is not None and r >= medians[str(m.get("song-name"))] for m in mixes]


def count_slope(mix_levels: list[View], parts: set[str]) -> float:
    """How much louder a role sits, per dB of its track count (10 log10 n), within roles: one pooled OLS slope.

    0 would mean a role's tracks share a fixed level whatever their number, 1 that every track keeps its own
    level; real mixes sit between (about 0.65): six backing vocals sum louder than one harmony line.
    """
    rows: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for levels in mix_levels:
        for r, (level, count) in levels.items():
            if r in parts:
                rows[r].append((10.0 * math.log10(count), level))
    xs, ys = [], []
    for values in rows.values():
        if len(values) >= MIN_BALANCE_MIXES:
            x, y = np.array(values).T
            xs.append(x - x.mean())
            ys.append(y - y.mean())
    if not xs:
        return 0.0
    x, y = np.concatenate(xs), np.concatenate(ys)
    return float(np.dot(x, y) / np.dot(x, x)) if np.dot(x, x) > 0 else 0.0


def merged(levels: View, group: str) -> View | None:
    """``levels`` with ``group``'s member roles summed into one part (None when the mix has none of them)."""
    members, counted = GROUPS[group]
    inside = [levels[r] for r in members if r in levels]
    if not inside:
        return None
    power = math.fsum(sorted(10.0 ** (level / 10.0) for level, _ in inside))
    view = {r: v for r, v in levels.items() if r not in members}
    view[group] = (10.0 * math.log10(power), sum(n for _, n in inside) if counted else 1)
    return view


def adjusted(view: View, slope: float) -> dict[str, float]:
    """Each part's level with its track count taken out (a kit stem has none): what relations compare."""
    return {
        r: level - (0.0 if r == "drum_kit" else slope) * 10.0 * math.log10(count)
        for r, (level, count) in view.items()
    }


def _residuals(views: list[View], slope: float, only: str | None = None) -> list[dict[str, float]]:
    """Per view, each part's balance residual (or ``only``'s): the statistic ``_part_table`` summarises."""
    adj = [adjusted(v, slope) for v in views]
    values: dict[str, list[float]] = defaultdict(list)
    for a in adj:
        for r, level in a.items():
            values[r].append(level)
    intercept = {r: float(np.median(v)) for r, v in values.items()}
    out = []
    for a in adj:
        deltas = {r: level - intercept[r] for r, level in a.items()}
        row = {}
        for r, delta in deltas.items():
            others = [d for o, d in deltas.items() if o != r]
            if len(others) >= 2 and (only is None or r == only):
                row[r] = delta - float(np.median(others))
        out.append(row)
    return out


def genre_table(views: list[View], genres: list[str], slope: float) -> dict[str, Any]:
    """For each drum part (``GENRE_PARTS``): its balance residual's median per genre (genres with at least
    ``MIN_GENRE_MIXES`` mixes having it) and ``shift_lu``, the lowest and highest of those medians minus the
    pooled median: how far a genre's usual drum level sits from the pooled one."""
    table: dict[str, Any] = {}
    for part in GENRE_PARTS:
        if part in GROUPS:
            pairs = [
                (v, g) for view, g in zip(views, genres, strict=True) if (v := merged(view, part)) is not None
            ]
            rows = _residuals([v for v, _ in pairs], slope, only=part)
            tags = [g for _, g in pairs]
        else:
            rows, tags = _residuals(views, slope), genres
        by_genre: dict[str, list[float]] = defaultdict(list)
        for row, genre in zip(rows, tags, strict=True):
            if part in row:
                by_genre[genre].append(row[part])
        pooled = [x for values in by_genre.values() for x in values]
        medians = {g: (round(float(np.median(v)), 1), len(v)) for g, v in sorted(by_genre.items())
                   if len(v) >= MIN_GENRE_MIXES}  # fmt: skip
        if len(medians) < 2:
            continue
        centre = float(np.median(pooled))
        lowest, highest = min(m for m, _ in medians.values()), max(m for m, _ in medians.values())
        table[part] = {
            "median_by_genre": {g: {"median": m, "n": n} for g, (m, n) in medians.items()},
            "shift_lu": [round(lowest - centre, 1), round(highest - centre, 1)],
        }
    return table


def _part_table(views: list[View], slope: float, only: str | None = None) -> dict[str, Any]:
    """Intercept and balance-residual spread of each part (or of ``only``) over ``views``."""
    adj = [adjusted(v, slope) for v in views]
    values: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, list[int]] = defaultdict(list)
    for view, a in zip(views, adj, strict=True):
        for r, level in a.items():
            values[r].append(level)
            counts[r].append(view[r][1])
    intercept = {r: float(np.median(v)) for r, v in values.items()}
    res: dict[str, list[float]] = defaultdict(list)
    for row in _residuals(views, slope, only):
        for r, value in row.items():
            res[r].append(value)
    out = {}
    for r in sorted(res):
        n = int(round(float(np.median(counts[r]))))
        part_slope = 0.0 if r == "drum_kit" else slope
        out[r] = {
            "intercept_lu": round(intercept[r], 2),
            "median_tracks": n,
            "typical_vs_mix_lu": round(intercept[r] + part_slope * 10.0 * math.log10(n), 1),
            "residual_lu": spread(res[r], deciles=True),
        }
    return out


def _views(levels: View) -> list[tuple[frozenset[str], View]]:
    """One mix seen four ways: as it is, kit merged, keyboards merged, both (with the groups each view merges)."""
    out: list[tuple[frozenset[str], View]] = [(frozenset(), levels)]
    for groups in (("drum_kit",), ("keyboards",), ("drum_kit", "keyboards")):
        view: View | None = levels
        for g in groups:
            view = merged(view, g) if view is not None else None
        if view is not None:
            out.append((frozenset(groups), view))
    return out


def relations_table(views_by_mix: list[list[tuple[frozenset[str], View]]], slope: float) -> dict[str, Any]:
    """relations[a][b] (a < b): spread of a's count-adjusted level minus b's, each pair taken from the one view
    that merges exactly the groups among its two parts (so kick vs snare never comes from a merged kit)."""
    diffs: dict[tuple[str, str], list[float]] = defaultdict(list)
    for views in views_by_mix:
        for groups, view in views:
            adj = adjusted(view, slope)
            names = sorted(adj)
            for i, a in enumerate(names):
                for b in names[i + 1 :]:
                    if {a, b} & set(GROUPS) == groups:
                        diffs[a, b].append(adj[a] - adj[b])
    out: dict[str, dict[str, Any]] = defaultdict(dict)
    for (a, b), values in sorted(diffs.items()):
        if len(values) >= MIN_BALANCE_MIXES:
            out[a][b] = spread(values, deciles=True)
    return dict(out)


def accompaniment_table(mix_levels: list[View], slope: float) -> dict[str, Any]:
    """Pooled over accompaniment parts: one part minus the median of the mix's other accompaniment parts, and
    one part minus the lead vocal (count-adjusted)."""
    others: list[float] = []
    vs_lead: list[float] = []
    seen: set[str] = set()
    for levels in mix_levels:
        adj = adjusted(levels, slope)
        acc = [r for r in ACCOMPANIMENT_ROLES if r in adj]
        seen.update(acc)
        for r in acc:
            rest = [adj[o] for o in acc if o != r]
            if rest:
                others.append(adj[r] - float(np.median(rest)))
            if LEAD in adj:
                vs_lead.append(adj[r] - adj[LEAD])
    return {
        "roles": sorted(seen),
        "vs_others_lu": spread(others, deciles=True),
        "vs_lead_lu": spread(vs_lead, deciles=True),
    }


def relation_median(relations: dict[str, Any], a: str, b: str) -> float | None:
    """Median of a's count-adjusted level minus b's over real mixes (``relations`` holds each pair once)."""
    if b in relations.get(a, {}):
        return float(relations[a][b]["median"])
    if a in relations.get(b, {}):
        return -float(relations[b][a]["median"])
    return None


def kit_differences(adj: dict[str, float], role: str, relations: dict[str, Any]) -> list[float]:
    """``role``'s level minus each other kit mic's in one mix, less their usual relation in real mixes."""
    return [
        adj[role] - adj[o] - m
        for o in KIT_ROLES
        if o != role and o in adj and (m := relation_median(relations, role, o)) is not None
    ]


def kit_offset(adj: dict[str, float], role: str, relations: dict[str, Any]) -> float | None:
    """How far ``role`` sits from the mix's other kit mics, each difference compared with its usual relation to
    that mic, median over them (None with fewer than ``MIN_KIT_OTHERS``): leave-one-out inside the kit, the way
    an engineer hears "the kick vanished" against the snare and the hats, whatever the rest of the mix does."""
    diffs = kit_differences(adj, role, relations)
    return float(np.median(diffs)) if len(diffs) >= MIN_KIT_OTHERS else None


def kit_table(views: list[View], slope: float, relations: dict[str, Any]) -> dict[str, Any]:
    """Per kit mic, the spread over real mixes of ``kit_offset`` (mixes with at least ``MIN_KIT_OTHERS`` other
    kit mics)."""
    values: dict[str, list[float]] = defaultdict(list)
    for view in views:
        adj = adjusted(view, slope)
        for r in KIT_ROLES:
            if r in adj and (off := kit_offset(adj, r, relations)) is not None:
                values[r].append(off)
    return {r: spread(v, deciles=True) for r, v in sorted(values.items()) if len(v) >= MIN_BALANCE_MIXES}


def balance_table(
    mix_levels: list[View],
    parts: Iterable[str],
    genres: list[str] | None = None,
    backing_vs_lead: list[float] | None = None,
) -> dict[str, Any]:
    """Typical level vs the mix and balance residual of each part, the relations between parts, and the pooled
    accompaniment figures, from per-mix (level vs mix, track count).

    The statistic the track-balance rule computes on a session (companion/listening/track_levels.py): a part's
    typical level given its number of tracks n = intercept + slope * 10 log10 n (``count_slope``, pooled over
    roles); in each mix, the offset for a part = the median, over the mix's OTHER parts, of (level - typical),
    which absorbs how many tracks the mix has; residual = level - typical - offset. Its spread is what
    "typical" means when a track is judged. A drum kit (all its mics summed) and the keyboards (all keyboard
    parts summed) are judged the same way, as one part each. With ``genres`` (one per mix), the drum parts'
    medians per genre; with ``backing_vs_lead`` (one backing-vocal track minus the lead, per track), its spread.
    """
    wanted = set(parts)
    views = [{r: v for r, v in levels.items() if r in wanted} for levels in mix_levels]
    slope = count_slope(views, wanted)
    table = _part_table(views, slope)
    for group in GROUPS:
        grouped = [v for view in views if (v := merged(view, group)) is not None]
        table.update(_part_table(grouped, slope, only=group))
    relations = relations_table([_views(v) for v in views], slope)
    out = {
        "count_slope": round(slope, 3),
        "parts": table,
        "relations": relations,
        "kit": kit_table(views, slope, relations),
        "accompaniment": accompaniment_table(views, slope),
    }
    if genres is not None:
        out["genres"] = genre_table(views, genres, slope)
    if backing_vs_lead:
        out["backing_vocal_track_vs_lead_lu"] = spread(backing_vs_lead, deciles=True)
    return out
