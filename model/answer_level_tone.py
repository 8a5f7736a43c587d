"""A part said to be too loud or too quiet *and* of a tone ("the vocal is harsh and too loud", "snare is loud and
boxy", "the vocal is buried and dull"): an engineer answers both halves. The level first: at a fine level, its
number and no fader move (it sits where it should); measured too quiet, the fader move with its number (balance
before EQ). Then the tone: what was measured about it (a whole-mix verdict or lean where the part is strong, or one
on the part itself, with its number) and the EQ on the part; with nothing measured, that nothing was, and how to
find and fix it by ear. When the part is measured too loud (or another part's level or a clash explains it), the
usual answer stands: the fader first, balance before EQ.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.areas import frequency_areas
from companion.knowledge.roles import ROLE_TOPICS, instrument_role
from model.answer_tracks import WHY_LEVEL, _craft_move, _on_track, _opening, _relation, plan
from model.asked_direction import fader_offered_opening, other_move_or_fader
from model.band_remark import finding_range
from model.evidence import TrackEvidence, carries, track_evidence
from model.focus import Asked, Focus
from model.intent import Wants
from model.level_range import inside_spread
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first, names
from model.recipes import Move, recipe
from model.track_culprit import COMPLAINT_KINDS, guessed_quiet

TONE_NOUNS = {"harsh": "harshness", "muddy": "mud", "boxy": "boxiness", "boomy": "boom", "thin": "thinness",
              "dull": "dullness"}  # fmt: skip
BY_EAR = {
    "harsh": "solo it and sweep a narrow cut through its upper mids for the spot that stings",
    "muddy": "sweep a narrow boost through its low mids to find the cloudy spot, then cut it there",
    "boxy": "sweep a narrow boost through its low mids to find the honky spot, then cut it there",
    "boomy": "high-pass it below its lowest note and sweep the lows for the note that rings",
    "thin": "check its high-pass isn't set too high, then lift its body a little",
    "dull": "lift its top with a gentle shelf, and check a brighter part isn't covering it",
}
"""How an engineer finds and fixes each tone complaint by ear when nothing measured points at it."""
DE_ESS = "; if it's the s and t sounds, a de-esser is the tool"
VOICES = ("lead_vocal", "backing_vocal")  # roles whose harshness may be sibilance, which a de-esser answers


PLAIN_FORMS = (Wants.JUDGE, Wants.HOW_TO, Wants.LISTEN)
"""The question forms a "buried and <tone>" answer takes both halves in (a yes/no, a what to do, a statement)."""
LEVEL_WORDS = {"loud": ("too loud", "Not too loud"), "quiet": ("too low", "Not too low")}
"""How each level complaint is said back: "nothing I measured says 'X' is too low", "Not too low, so ..."."""


def level_and_tone(ctx: MixContext, focus: Focus, asked: Asked) -> Answer | None:
    """Both halves of "X is <tone> and too loud / too quiet" when X's level is fine, or of "X is buried and <tone>"
    when X is measured too quiet; None when the usual answer applies (no tone said beside a level complaint, a
    technique asked about, or another level fault that leads)."""
    intent = focus.intent
    if intent.tone is None or intent.complaint not in LEVEL_WORDS or intent.technique:
        return None
    tracks = asked.tracks[:3] or ((asked.inside,) if asked.inside is not None else ())
    if not tracks:
        return None
    role = (instrument_role(asked.word) or instrument_role(asked.said)) if not asked.tracks else None
    evs = [track_evidence(ctx, rt) for rt in tracks]
    if not all(_level_fine(ctx, focus, ev, role) for ev in evs):
        return _too_quiet_and_tone(ctx, focus, evs) if asked.tracks else None
    ev = evs[0]
    tone = intent.tone
    finding = _measured_tone(ctx, evs, role or ev.rt.role, tone)
    moves = [m for e in evs if (m := _tone_move(ctx, focus, e, role, tone, finding)) is not None]
    tone_text, by_ear = _tone_half(evs, role or ev.rt.role, tone, finding)
    parts = [p for p in (_inside_head(asked), _level_half(ctx, focus, evs), tone_text) if p]
    keep = len(parts) + bool(moves)
    if moves:
        same = [m.suggestions[0].track for m in moves[1:] if m.suggestions]
        try_text = moves[0].try_text + (f" The same on {names([t for t in same if t], 2)}." if same else "")
        parts += [try_text, by_ear, moves[0].check_text]
    else:
        parts.append(by_ear)
    return Answer(fit(parts, MAX_WORDS, keep=keep), moves, finding)


def _level_fine(ctx: MixContext, focus: Focus, ev: TrackEvidence, role: str | None) -> bool:
    """Nothing says the part is too loud (too quiet): no level finding, or a remark inside the range real mixes
    use, and no other part's level or a clash that the usual answer would lead with."""
    lvl = ev.level
    if lvl is not None and (lvl.is_problem or not inside_spread(lvl)):
        return False
    if focus.intent.complaint == "quiet" and guessed_quiet(ctx, focus, ev) is not None:
        return False  # "is it the snare thats too weak? groove has no weight" with the bass 10 dB down: a wrong guess
    first = plan(ctx, focus, ev, focus.intent.complaint, role=role).first
    return first is None or first is lvl


def _too_quiet_and_tone(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> Answer | None:
    """ "X is buried and dull" with X measured too quiet: its fader move with its number first (balance before
    EQ), then what was measured about the tone, or how to find it by ear once the level is set; the EQ card only
    for a tone problem measured on the part itself (a buried part is not what builds up the whole mix). None when
    another fault leads (a part covering it, a clash) or when X is more than one track."""
    intent = focus.intent
    ev = evs[0]
    lvl = ev.level
    # "how much do I turn it up?", "why?": the usual answer of that form (the size, the cause)
    if intent.wants not in PLAIN_FORMS:
        return None
    if (
        intent.complaint != "quiet"
        or len(evs) != 1
        or lvl is None
        or lvl.kind is not FindingKind.TRACK_TOO_QUIET
    ):
        return None
    p = plan(ctx, focus, ev, "quiet")
    if p.first is not lvl or not p.moves or p.verdict != "yes":
        return None
    tone = intent.tone or ""
    role = ev.rt.role
    finding = _measured_tone(ctx, evs, role, tone)
    tone_text, by_ear = _tone_half(evs, role, tone, finding, after_level=True)
    move = p.moves[0]
    # a whole-mix build-up is not the buried part's doing: an EQ on it only for a tone measured on it
    own = finding is not None and finding.is_problem and finding.track == ev.name
    eq = _tone_move(ctx, focus, ev, None, tone, finding) if own else None
    if intent.wants == Wants.JUDGE:
        opening = _opening(p.verdict, "quiet", intent.enough, intent.asks_ok, intent.asks_problem)
        if other_move_or_fader(intent.question):
            # "do i need to double track it or should i just turn it up?": the fader way offered, picked
            opening = fader_offered_opening(intent.question, move, opening, frozenset({ev.name}))
        parts = [f"{opening} {p.lead}", move.try_text, tone_text]
    else:
        parts = [move.try_text, p.lead, tone_text]
    parts += [eq.try_text if eq is not None else "", by_ear, WHY_LEVEL, move.check_text]
    return Answer(fit(parts, MAX_WORDS, keep=3), [move, *([eq] if eq is not None else [])], lvl)


def _inside_head(asked: Asked) -> str:
    if asked.tracks or asked.inside is None:
        return ""
    said = asked.said or asked.word
    return f"Your {said} has no track of its own: it's inside {asked.inside.quoted}, so I can only measure it with that."


def _level_half(ctx: MixContext, focus: Focus, evs: list[TrackEvidence]) -> str:
    """The level verdict with its number: its own level remark inside the usual range, else its own meter ("Not
    too loud" first to a yes/no question)."""
    ev = evs[0]
    too, not_too = LEVEL_WORDS.get(focus.intent.complaint or "", LEVEL_WORDS["loud"])
    if focus.intent.enough and focus.intent.complaint == "quiet":
        not_too = "Loud enough"  # "are they loud enough to rock or do they need a shove?": its own words back
    fine = not_too if focus.intent.wants == Wants.JUDGE else "Its level is fine"
    if focus.intent.asks_raise and focus.intent.complaint == "quiet" and len(evs) == 1:
        fine = "No"  # "should i just shove it up 4db?": a move proposed takes its no, not a state's "Not too low"
    if len(evs) > 1:
        quoted = names([e.name for e in evs], 3, last="or")
        fine = not_too if focus.intent.wants == Wants.JUDGE else "Their levels are fine"
        return f"{fine}, so I'd leave their faders: nothing I measured says {quoted} is {too}."
    head = "No, I'd leave its fader:" if fine == "No" else f"{fine}, so I'd leave its fader:"
    lvl = ev.level
    if lvl is not None:
        return f"{head} {lower_first(first_sentence(lvl.summary))} That's inside the range most well-rated mixes use."
    relation = _relation(ev, ctx, focus)
    return f"{head} nothing I measured says {ev.rt.quoted} is {too}. {relation}".strip()


def _measured_tone(ctx: MixContext, evs: list[TrackEvidence], role: str | None, tone: str) -> Finding | None:
    """The finding that speaks to the tone complaint, the most severe: one on the part itself, or a whole-mix one
    where the part is strong (its own main bands, ``carries``) or lives (one of its role's frequency areas)."""
    kinds = COMPLAINT_KINDS.get(tone, frozenset())
    names_ = {ev.name for ev in evs}
    areas = frequency_areas(role) if role in ROLE_TOPICS else ()

    def in_its_range(f: Finding) -> bool:
        rng = finding_range(f)
        near = rng is not None and any(a.lo_hz < rng[1] and rng[0] < a.hi_hz for a in areas)
        return near or carries(ctx, evs[0].rt, f)

    found = [
        f
        for f in ctx.findings
        if f.kind in kinds and (f.track in names_ or (f.track is None and in_its_range(f)))
    ]
    return max(found, key=lambda f: f.severity, default=None)


def _tone_half(
    evs: list[TrackEvidence], role: str | None, tone: str, f: Finding | None, after_level: bool = False
) -> tuple[str, str]:
    """What was measured about the tone complaint, with its number, or that nothing was and how to find it by ear;
    and, for a lean too small to act on, how to find it by ear (said after the move, left out when words run
    short). ``after_level``: the fader moves first, so the ear check comes once the level is set."""
    noun = TONE_NOUNS.get(tone, tone)
    quoted = names([e.name for e in evs], 3, last="or" if f is None else "and")
    by_ear = BY_EAR.get(tone, "solo it and sweep an EQ for the spot that bothers you")
    by_ear += DE_ESS if tone == "harsh" and role in VOICES else ""
    if len(evs) > 1:  # "lift their top": the guitars asked about together
        by_ear = re.sub(r"\bit\b(?!')", "them", re.sub(r"\bits\b", "their", by_ear))
    if f is None:
        when = (
            ("once their levels are set, " if len(evs) > 1 else "once its level is set, ")
            if after_level
            else ""
        )
        return (
            f"On the {noun}: nothing I measured on the mix or on {quoted} reads {tone}, so {when}go by ear: "
            f"{by_ear}.",
            "",
        )
    said = lower_first(measured_words(f))
    where = (
        " against real mixes"
        if f.track is not None
        else f" on the whole mix against real mixes, where {quoted} {'is' if len(evs) == 1 else 'are'} strong"
    )
    if f.is_problem:
        return f"On the {noun}: {said}{where}.", ""
    return (
        f"On the {noun}: only a slight lean, too small to act on unless you hear it: {said}{where}.",
        f"To find it by ear, {by_ear}.",
    )


def measured_words(f: Finding) -> str:
    """What a tonal finding measured, without the long tail of what it was compared with: "The mix leans a little
    harsh. The upper mids (around 3.2 kHz): a build-up of 10.5 dB, like a broad EQ boost there" (its number as the
    finding says it), else its first sentence."""
    head, sep, _ = f.summary.partition(" against the usual shape")
    return head if sep else first_sentence(f.summary)[:-1]


def _tone_move(
    ctx: MixContext, focus: Focus, ev: TrackEvidence, role: str | None, tone: str, f: Finding | None
) -> Move | None:
    """The EQ on the part for its tone: at a measured build-up, the cut at its centre (where it was measured);
    else a move from the part's named ranges (never a boost where the mix has too much), else the finding's own
    recipe."""
    at_build_up = _on_track(ev.rt, f) if f is not None and f.is_problem else None
    craft = at_build_up or _craft_move(ctx, ev.rt, tone, "", role)
    if craft is not None or f is None:
        return craft
    return recipe(f, focus.session) if f.is_problem else None
