"""The kit judged from inside: which mic a kit verdict may name, and that verdict judged again with its off kit
mates put back first.

A kit mic is also judged inside the kit (``track_levels._kit_findings``): against the session's other kit mics,
each pair against its usual relation in real mixes (MixologyDB ``balance.kit``). That verdict reads the mates
where they are. When one of them is itself off against the whole mix (a problem by its own MixologyDB range),
the kit verdict is in doubt: with three kit mics, "the clap sits 9 dB under the kick and the hats" says the hats
are loud as much as it says the clap is low, and the kit offset alone cannot tell which one moved. An engineer
settles it the way they would at the desk: put the mic that is off against the whole mix back where real mixes
keep it first, then listen to the kit again. So each kit verdict is judged again with every kit mate that is a
problem against the whole mix taken back to the near edge of the middle half of real mixes (its first or third
quartile: the least move that makes it typical, so the verdict is given every chance to stand). A verdict that
still holds there is the mic's own and is left as it is. One that does not is explained by the mate: the mate's
whole-mix finding leads, at the strongest severity of what it explains (one fault seen from two mics, as in
``lead_first``), and the kit verdict ranks just under it, saying so.

Nothing is fitted: the quartiles are MixologyDB's, and the kit verdict's own rule is unchanged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from companion.context import PROBLEM_SEVERITY, Finding, FindingKind
from companion.knowledge.build_balance import KIT_ROLES, kit_differences
from companion.knowledge.priors import typical_level

LEVEL_FIRST = 0.05
"""An explained kit verdict ranks this far under the mate's finding (as in ``lead_first``)."""
KIT_WITHIN = "drum kit"
"""``evidence.compared_within`` of a verdict against the other kit mics."""

KitJudge = Callable[[Mapping[str, float]], Sequence[Finding]]
"""The kit verdicts again with each named kit role's level moved by the given dB."""


def kit_outlier(adj: dict[str, float], relations: dict) -> str | None:
    """The one kit mic the kit verdict may name: the mic that breaks its relation to every other mic the same
    way and whose removal leaves the rest of the kit most consistent with real mixes (smallest remaining
    difference). With the hats 10 dB down, the hats, not the kick they make look loud."""
    best: tuple[float, str] | None = None
    for role in adj:
        diffs = kit_differences(adj, role, relations)
        if len(diffs) < 2 or not (all(d > 0 for d in diffs) or all(d < 0 for d in diffs)):
            continue
        rest = {r: v for r, v in adj.items() if r != role}
        left = max((abs(d) for r in rest for d in kit_differences(rest, r, relations)), default=0.0)
        if best is None or left < best[0]:
            best = (left, role)
    return best[1] if best is not None else None


def is_kit_verdict(f: Finding) -> bool:
    return f.evidence.get("compared_within") == KIT_WITHIN


def _whole_mix_problem(f: Finding) -> bool:
    """A kit mic's level problem against the whole mix (its MixologyDB range), not against the kit."""
    return (
        f.is_problem
        and f.kind in (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
        and f.evidence.get("compared_as") in KIT_ROLES
        and "deviation_db" in f.evidence
        and not is_kit_verdict(f)
    )


def back_in_place_db(f: Finding) -> float:
    """The move that takes a whole-mix verdict's part to the near edge of real mixes' middle half (0 when the
    role has no MixologyDB spread or already sits inside it)."""
    prior = typical_level(str(f.evidence["compared_as"]))
    if prior is None:
        return 0.0
    dev = float(f.evidence["deviation_db"])
    if dev > prior.residual.q3:
        return prior.residual.q3 - dev
    if dev < prior.residual.q1:
        return prior.residual.q1 - dev
    return 0.0


def kit_mates_first(whole_mix: Sequence[Finding], rejudge: KitJudge) -> list[Finding]:
    """``whole_mix`` + the kit verdicts, each judged again with its off mates put back.

    ``whole_mix``: the parts' verdicts against the whole mix; ``rejudge(moves)``: the kit verdicts with each
    kit role's level moved by ``moves[role]`` dB (``rejudge({})``: as they are)."""
    kit = list(rejudge({}))
    mates_off = [f for f in whole_mix if _whole_mix_problem(f)]
    out_whole, out_kit = list(whole_mix), list(kit)
    for k in kit:
        if not k.is_problem:
            continue
        names = set(k.evidence.get("kit_mates") or ())
        off = [f for f in mates_off if f.track in names]
        moves: dict[str, float] = {}
        for f in off:
            role = str(f.evidence["compared_as"])
            move = back_in_place_db(f)
            if move and (role not in moves or abs(move) < abs(moves[role])):
                moves[role] = move  # two tracks of one role: the smaller move
        if not moves:
            continue
        again = {(f.track, f.kind): f for f in rejudge(moves)}
        stands = (a := again.get((k.track, k.kind))) is not None and a.is_problem
        if stands:
            continue
        causes = [f for f in off if str(f.evidence["compared_as"]) in moves]
        cause = max(causes, key=lambda f: f.severity)
        severity = round(max(cause.severity, k.severity), 3)
        who = " and ".join(f"'{f.track}'" for f in causes)
        promoted = dataclasses.replace(
            cause,
            severity=severity,
            summary=f"{cause.summary[:-1]}. It also makes '{k.track}' read "
            f"{'quiet' if k.kind is FindingKind.TRACK_TOO_QUIET else 'loud'} against the other drum mics, which "
            "it would not with this mic back where real mixes keep it: fix this fader first.",
            evidence={**cause.evidence, "confirmed_by": f"{k.kind} on '{k.track}' within the drum kit"},
        )
        out_whole = [promoted if f is cause else f for f in out_whole]
        mates_off = [promoted if f is cause else f for f in mates_off]
        explained = dataclasses.replace(
            k,  # still a problem: the clap may need a touch once the hats are back
            severity=round(min(k.severity, max(severity - LEVEL_FIRST, PROBLEM_SEVERITY)), 3),
            summary=f"{k.summary} (But {who} {'is' if len(causes) == 1 else 'are'} off against the whole mix: "
            "fix that first, then listen to the kit again.)",
            evidence={**k.evidence, "explained_by": "; ".join(f"{f.kind} on '{f.track}'" for f in causes)},
        )
        out_kit = [explained if f is k else f for f in out_kit]
    return out_whole + out_kit
