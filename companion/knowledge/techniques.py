"""Techniques in plain words (compression, eq, reverb, panning, limiting, gating, delay, sidechain, and the
ones MixologyDB does not annotate: de-essing, saturation, gain staging, parallel and multiband compression,
automation, transient shaping, widening, referencing against a released song), each with the typical numbers
measured on the MixologyDB mixes where it has them and the conventions with their source where it does not.

The explanations and conventions live in ``data/techniques.json``; the measured facts are added from the
starting points (``companion.knowledge.priors``) when a technique is first looked up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from companion.knowledge.priors import Spread, priors_table, quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.tables import DATA_DIR, LazyTable, load_json, unknown_name
from companion.knowledge.targets import LOUDNESS_TARGETS
from companion.knowledge.wording import say_hz, say_number

TECHNIQUES_FILE = DATA_DIR / "techniques.json"


@dataclass(frozen=True, slots=True)
class Technique:
    """A short plain-word explanation of a technique, with typical numbers.

    ``facts`` quote the MixologyDB mixes (measured), ``conventions`` are engineering rules of thumb with their
    source, ``numbers`` holds the measured values by name (e.g. ``ratio_median``) for suggestions.

    The techniques MixologyDB does not annotate carry what an answer needs instead of a measured share: ``move``
    (the move itself, ``{track}`` standing for the part, ``default_track`` when none is named), ``check`` (how to
    check it by ear), ``usual`` (what engineers usually do, by role, ``*`` for any other: a convention, said as
    one), ``plugins`` (name fragments that find the plug-in on a track) and ``said`` (its name in a sentence).
    ``amount`` says how much of it to use, by ear, for the techniques whose amount is a send level nobody
    annotates (reverb, delay: "how much reverb?"), ``{track}`` standing for the part. ``bus`` is its ballpark on a
    mix bus or the master, for the tools that go there (EQ, compression, saturation, limiting): a convention.
    """

    name: str
    summary: str
    facts: tuple[str, ...]
    conventions: tuple[str, ...]
    numbers: dict[str, float]
    said: str = ""
    move: str = ""
    check: str = ""
    usual: tuple[tuple[str, str], ...] = ()
    plugins: tuple[str, ...] = ()
    default_track: str = "the track"
    amount: str = ""
    bus: str = ""

    def usual_for(self, role: str | None) -> str:
        """What engineers usually do with this technique on ``role`` (the ``*`` line for any other), or ""."""
        table = dict(self.usual)
        return table.get(role or "*") or table.get("*", "")

    def move_on(self, track: str | None) -> str:
        """The move, on ``track`` (a quoted track name) or on the default part when none is named."""
        return self.move.replace("{track}", track or self.default_track)

    def explain(self) -> str:
        """Summary plus the first measured fact (or convention): a ready 3-4 sentence answer."""
        extra = (self.facts or self.conventions)[:1]
        return " ".join((self.summary, *(f"For reference: {e}." for e in extra)))


def _per_role(roles: tuple[str, ...], say: Any) -> list[str]:
    """'kick drums 66% at 3.9:1, ...': ``say(StartingPoints)`` gives the text or None where data is thin."""
    return [f"{ROLE_WORDS[r]} {text}" for r in roles if (text := say(starting_points(r))) is not None]


def _technique_facts(name: str, table: dict[str, Any]) -> tuple[list[str], dict[str, float]]:
    """Measured facts and numbers for one technique from the priors table (empty where the data is silent)."""
    overall = table["overall"]
    head = f"in {table['provenance']['counts']['mixes']} real mixes (MixologyDB)"
    facts: list[str] = []
    numbers: dict[str, float] = {}
    if name == "compression":
        c = {k: Spread.of(v) for k, v in overall["compressor"].items()}
        if all(quotable(c.get(k)) for k in ("ratio", "attack_ms", "release_ms", "threshold_db")):
            facts.append(f"{head}, compressors ran at a median {say_number(c['ratio'].median)}:1 (IQR "
                         f"{say_number(c['ratio'].q1)}-{say_number(c['ratio'].q3)}), attack {c['attack_ms'].says('ms')}, "
                         f"release {c['release_ms'].says('ms')}, threshold {c['threshold_db'].says('dB')}")  # fmt: skip
        for key, s in c.items():
            if s is not None:
                numbers[f"{key}_median"], numbers[f"{key}_q1"], numbers[f"{key}_q3"] = s.median, s.q1, s.q3
        roles = ("lead_vocal", "bass", "kick", "snare", "overheads", "electric_guitar")
        said = _per_role(
            roles,
            lambda sp: (
                f"{sp.compressor.share:.0%} at {say_number(sp.compressor.ratio.median)}:1"
                if quotable(sp.compressor.ratio)
                else None
            ),
        )
        facts += [f"{head}, share compressed and median ratio: " + ", ".join(said)] if said else []
    elif name == "eq":
        roles = ("kick", "bass", "snare", "electric_guitar", "lead_vocal", "overheads", "hihat")
        said = _per_role(roles, lambda sp: say_hz(sp.hpf_hz.median) if quotable(sp.hpf_hz) else None)
        facts += [f"{head}, typical high-pass frequencies: " + ", ".join(said)] if said else []
        numbers.update(
            {f"hpf_{r}_hz": sp.hpf_hz.median for r in roles if quotable((sp := starting_points(r)).hpf_hz)}
        )
        facts += list(starting_points("lead_vocal").lines[2:3])
    elif name == "reverb":
        types = {k: v for k, v in overall["reverb"]["types"].items() if k != "N/A"}
        top = sorted(types, key=lambda k: -types[k])[:3]
        if top:
            facts.append(
                f"{head}, reverbs were "
                + ", ".join(f"{k.lower()} {types[k] / sum(types.values()):.0%}" for k in top)
            )
        decays = {k: s for k in top if quotable(s := Spread.of(overall["reverb"]["decay_ms"].get(k)))}
        facts += (
            [f"{head}, decay times: " + ", ".join(f"{k.lower()} {s.says('ms')}" for k, s in decays.items())]
            if decays
            else []
        )
        numbers.update({f"decay_{k.lower()}_ms": s.median for k, s in decays.items()})
        numbers["lead_vocal_reverb_share"] = starting_points("lead_vocal").reverb_share
    elif name == "panning":
        roles = ("kick", "snare", "bass", "lead_vocal", "electric_guitar", "toms", "backing_vocal")
        said = _per_role(
            roles, lambda sp: f"{sp.pan.centred_share:.0%}" if quotable(sp.pan.abs_pan) else None
        )
        facts += [f"{head}, share of mono tracks panned dead centre: " + ", ".join(said)] if said else []
        numbers.update({f"centred_{r}": starting_points(r).pan.centred_share for r in roles})
    elif name == "limiting":
        if quotable(lim := Spread.of(overall.get("limiter_threshold_db"))):
            facts.append(f"{head}, limiter thresholds sat around {lim.says('dB')}")
        for key, t in LOUDNESS_TARGETS.items():
            numbers[f"{key}_lufs"], numbers[f"{key}_true_peak_dbtp"] = t.integrated_lufs, t.true_peak_max_dbtp
    elif name == "gating":
        for role in ("kick", "snare", "toms"):
            g = starting_points(role).gate
            if g.share and quotable(g.threshold_db) and quotable(g.hold_ms) and quotable(g.release_ms):
                facts.append(f"{head}, {g.share:.0%} of {ROLE_WORDS[role]} were gated: threshold "
                             f"{g.threshold_db.says('dB')}, hold {g.hold_ms.says('ms')}, release "
                             f"{g.release_ms.says('ms')}")  # fmt: skip
                numbers[f"{role}_threshold_db"], numbers[f"{role}_release_ms"] = (
                    g.threshold_db.median,
                    g.release_ms.median,
                )
    elif name == "delay":
        if quotable(t := Spread.of(overall["delay"]["time_ms"])):
            facts.append(f"{head}, delay times sat around {t.says('ms')}")
            numbers["time_ms_median"] = t.median
        notes = sorted(overall["delay"]["notes"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        facts += (
            [f"{head}, the tempo-synced delays used " + ", ".join(f"{k} ({v})" for k, v in notes)]
            if notes
            else []
        )
    return facts, numbers


def _build_techniques() -> dict[str, Technique]:
    texts = load_json(TECHNIQUES_FILE)["techniques"]
    made = {name: (text, *_technique_facts(name, priors_table())) for name, text in texts.items()}
    return {
        n: Technique(
            n,
            t["summary"],
            tuple(f),
            tuple(t["conventions"]),
            num,
            said=t.get("said", n),
            move=t.get("move", ""),
            check=t.get("check", ""),
            usual=tuple(t.get("usual", {}).items()),
            plugins=tuple(t.get("plugins", ())),
            default_track=t.get("default_track", "the track"),
            amount=t.get("amount", ""),
            bus=t.get("bus", ""),
        )
        for n, (t, f, num) in made.items()
    }


TECHNIQUES: Mapping[str, Technique] = LazyTable(_build_techniques)
"""compression, eq, reverb, panning, limiting, gating, delay, sidechain, deessing, saturation, gain_staging,
parallel_compression, multiband, automation, transient_shaping, widening, referencing."""


def technique(name: str) -> Technique:
    """A technique by name (case-insensitive); BadInput listing the names when unknown."""
    if (key := str(name).strip().lower()) not in TECHNIQUES:
        raise unknown_name("technique", name, TECHNIQUES)
    return TECHNIQUES[key]


def said_name(name: str | None) -> str:
    """The technique's name as a sentence says it ("a de-esser", "saturation"), or "" for no known technique."""
    key = str(name or "").strip().lower()
    return TECHNIQUES[key].said if key in TECHNIQUES else ""
