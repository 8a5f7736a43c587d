"""The QUESTION FOCUS block that opens the grounding: what was asked, and the evidence for exactly that.

Every backend reads the same block (``model.prompt.build_grounding`` puts it first), so a model answers the
question that was asked with the asked track's own numbers, and the built-in advisor's first move, instead of
reading out whatever finding happens to be most severe. Each number says whose it is (the track's own meter,
a finding, or the whole mix in that instrument's range).
"""

from __future__ import annotations

from dataclasses import replace

from companion.context import MixContext
from companion.knowledge.roles import instrument_role
from model.evidence import area_remark, ranked_problems, tonal_overlapping, track_evidence
from model.focus import Focus
from model.intent import Intent, Wants

WANTS_WORDS = {
    Wants.JUDGE: "a yes/no judgement: say yes or no first",
    Wants.HOW_TO: "how to do it: give the one move first",
    Wants.WHY: "why: give the measured cause first",
    Wants.WHAT_FIRST: "what to fix first: name the one biggest problem",
    Wants.HOW_MUCH: "how much: give the size of the move first",
    Wants.BETTER: "is it better now: compare with the previous clip first",
    Wants.LISTEN: "an open 'what do you hear'",
}


def _asked_lines(ctx: MixContext, focus: Focus) -> list[str]:
    lines: list[str] = []
    complaint = focus.intent.complaint
    for a in focus.asked:
        role = instrument_role(a.word) or instrument_role(a.said)
        if a.how == "no_session":
            lines.append(f"- the {a.said or a.word}: no REAPER session, so it cannot be measured on its own")
        elif a.how == "missing":
            there = ", ".join(f"'{rt.name}'" for rt in focus.session.tracks if not rt.track.mute)
            lines.append(f"- there is NO {a.said or a.word} in this session (tracks: {there}): say so")
        elif a.how == "inside" and a.inside is not None:
            lines.append(
                f"- the {a.said or a.word} has no track of its own: it plays inside '{a.inside.name}'"
            )
        for rt in (*a.tracks, *((a.inside,) if a.inside else ())):
            ev = track_evidence(ctx, rt)
            facts = [f"role {rt.role or 'unknown'}"]
            if rt.track.volume_db is not None:
                facts.append(f"fader {rt.track.volume_db:+.1f} dB")
            level = ev.measured_level()
            if level:
                facts.append(f"{level} (the track's own)")
            lines.append(f"- '{rt.name}': " + "; ".join(facts))
            if ev.level is not None:
                lines.append(f"  - balance finding [{ev.level.severity:.2f}]: {ev.level.summary}")
            elif level:
                lines.append("  - no balance finding on it")
            lines += [f"  - {f.kind} [{f.severity:.2f}]: {f.summary}" for f in ev.others[:2]]
            lines += [f"  - plug-ins vs real mixes: {note}" for note in ev.fx_notes]
        al = area_remark(ctx, role, complaint)
        if al is not None and role is not None:
            lines.append(f"  - {al.says(role)} (whole mix, not the track alone)")
        lines += [
            f"  - whole-mix finding in its range: {f.summary}" for f in tonal_overlapping(ctx, role)[:1]
        ]
    return lines


def _polarity(intent: Intent) -> str:
    """Which way the yes/no points, so a model says it the way the question asks."""
    if intent.wants != Wants.JUDGE:
        return ""
    if intent.should:
        return "yes/no: 'not first' when the part's level is the problem"
    if intent.asks_raise:
        return "yes/no: NO to raising its fader when another part covers it (dip that part instead)"
    if intent.asks_ok or (intent.enough and intent.complaint):
        return "yes/no: a problem found means NO (is it fine?)"
    if intent.asks_problem:
        return "yes/no: a problem found means YES (is it wrong?)"
    if intent.any_track:
        return "yes/no about every track at once: YES names the track off that way, NO says none is"
    return ""


def _open_lines(ctx: MixContext, focus: Focus) -> list[str]:
    """An open question: no block, unless balance comes before EQ (a too-loud track is the likelier cause of a
    more severe whole-mix build-up), so the models name the same first problem the rules do."""
    ranked = ranked_problems(ctx, focus.session)
    if not ranked or not ctx.problems or ranked[0] is ctx.problems[0]:
        return []
    first, build_up = ranked[0], ctx.problems[0]
    return [
        "QUESTION FOCUS (answer what was asked, first)",
        f"- The amateur wants {WANTS_WORDS[focus.intent.wants]}",
        f"- balance before EQ: name {first.kind} on '{first.track}' first ({first.summary}); it sits where the "
        f"whole mix's {build_up.kind} is, so its fader is the likelier cause and the simpler fix; the {build_up.kind} "
        "comes after, said as the whole mix's",
    ]


def focus_lines(ctx: MixContext) -> list[str]:
    """The QUESTION FOCUS block, or no lines for an open question about nothing in particular."""
    from model.answer import complaint_carrier, compose, understand_context

    focus = understand_context(ctx)
    intent = focus.intent
    if intent.wants in (Wants.LISTEN, Wants.WHAT_FIRST) and not (
        intent.instruments or intent.technique or intent.complaint
    ):
        return _open_lines(ctx, focus)
    about = []
    if intent.instruments:
        about.append("the " + ", ".join(intent.mentions or intent.instruments))
    if intent.technique:
        about.append(f"the technique '{intent.technique}'")
    if intent.about_master:
        about.append("the whole mix")
    if intent.complaint:
        about.append(f"the complaint '{intent.complaint}'")
    lines = [
        "QUESTION FOCUS (answer what was asked, first)",
        f"- The amateur wants {WANTS_WORDS.get(intent.wants, intent.wants)}"
        + (f", about {' and '.join(about)}" if about else "")
        + (" (a follow-up to the previous question)" if intent.follow_up else ""),
    ]
    polarity = _polarity(intent)
    if polarity:
        lines.append(f"- {polarity}")
    lines += _asked_lines(ctx, focus)
    carrier = complaint_carrier(ctx, focus)
    if carrier is not None and intent.should:  # "should I limit the master?" while the kick sits far too loud
        lines.append(
            f"- the cause of '{intent.complaint}' is the level of '{carrier.said}': its fader comes first"
        )
        lines += _asked_lines(ctx, replace(focus, asked=(carrier,)))
    elif carrier is not None:  # "no thump": the part that carries the complaint, with its own evidence
        lines.append(f"- the part that carries '{intent.complaint}' and is held back: '{carrier.said}'")
        lines += _asked_lines(ctx, replace(focus, asked=(carrier,)))
    if intent.wants == Wants.BETTER:
        prev = ctx.previous
        if prev is None:
            lines.append("- no previous clip in this conversation to compare with: say so")
        else:
            top = sorted((f for f in prev.findings if f.is_problem), key=lambda f: -f.severity)[:2]
            lines += [f"- previous clip: {f.kind}{' on ' + f.track if f.track else ''} [{f.severity:.2f}]: {f.summary}" for f in top]  # fmt: skip
    answer = compose(ctx, focus)
    if answer.moves:
        lines.append(f"- the measured first move (the suggestion cards): {answer.moves[0].try_text}")
    return lines
