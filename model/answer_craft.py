"""Answers about the techniques MixologyDB does not annotate (de-essing, saturation, gain staging, parallel and
multiband compression, automation, transient shaping, widening).

No share of real mixes can answer "should I?" for these, so the answer says what engineers usually do as the
convention it is, the move itself on the user's own track (a how-to gets the move first), what was measured that
bears on it (and only that), and how to check it by ear. A question only listening can answer ("is my vocal
sibilant?") says what the meters can and cannot tell instead of inventing a reading: sibilance comes in short
bursts that a band average does not show.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.techniques import Technique, technique
from model.answer_knowledge import asked_role, mix_now, settings
from model.answer_knowledge import technique_answer as measured_technique_answer
from model.asked_direction import asked_way
from model.evidence import area_levels, track_evidence
from model.focus import Focus
from model.intent import Intent, Wants, asks_yes_no
from model.intent_forms import BLANKET, BLANKET_WHY
from model.intent_words import (
    OWN_COMPLAINT,
    PURPOSE_ASKED,
    SMALL_SPEAKER_WORDS,
    TECHNIQUE_SYMPTOMS,
    TECHNIQUE_WORDS,
)
from model.phrasing import MAX_WORDS, NOTHING_HEARD, Answer, capital, fit, lower_first, sentences
from model.quality_unmeasured import quality_technique
from model.session_view import RoleTrack
from model.stand_in import not_here_note

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
WHAT_IS = re.compile(
    r"^\s*((so|and|ok|okay|but|hey|quick question),? )?(what('s| is| are| does| do)|whats|explain|tell me about|"
    r"how does .* work|why (do|would) (people|engineers|you|i|anyone) (use|need))\b",
    re.IGNORECASE,
)
"""'what does a saturator do?', 'what is gain staging': what the technique is comes first, then the move."""
REAPER_STEPS = {
    "parallel_compression": (
        "In REAPER: insert a new track with ReaComp on it, then drag from the route button of each track onto it "
        "(or Route > Add new send), sends at 0 dB; the new track's fader starts all the way down."
    ),
}
"""A technique's routing as it is done in REAPER, said when the question asks where or names REAPER."""
_IN_REAPER = re.compile(r"\breaper\b|\brout(e|es|ed|ing)\b", re.IGNORECASE)
NOT_MEASURED = {
    "deessing": "I can't measure sibilance itself: the esses are short bursts that the band meters average away.",
}
"""What the meters cannot tell about a technique's symptom, said before what they did measure."""


def known_answer(ctx: MixContext, focus: Focus, name: str | None = None) -> Answer:
    """The technique's answer: the conventional one for a technique with a stated move, else the measured one
    (``model.answer_knowledge``)."""
    # "how do I get the vocal warmer?" names no tool: the one its quality calls for (an EQ), else a compressor
    name = name or focus.intent.technique or quality_technique(focus.intent) or "compression"
    if technique(name).move:
        return craft_answer(ctx, focus, name)
    return measured_technique_answer(ctx, focus, name)


def _found(pattern: str, text: str) -> bool:
    return re.search(pattern, text, re.IGNORECASE) is not None


def symptom_only(intent: Intent) -> bool:
    """True when the question names only what the technique treats ("is my vocal sibilant?", "the s sounds are
    piercing"), not the tool itself ("de-esser")."""
    name = intent.technique or ""
    symptoms = TECHNIQUE_SYMPTOMS.get(name, ())
    if not symptoms or not any(_found(p, intent.question) for p in symptoms):
        return False
    return not any(_found(p, intent.question) for p in TECHNIQUE_WORDS[name] if p not in symptoms)


def needs_listening(intent: Intent) -> bool:
    """ "is my vocal sibilant?": a yes/no about the sound a technique treats, which only listening answers ("the
    esses are way too sharp" says it was heard, so it asks for the fix)."""
    return intent.wants == Wants.JUDGE and symptom_only(intent) and asks_yes_no(intent)


SYMPTOM_EXCESS = frozenset({"deessing"})
"""Techniques whose symptom said to be "too much" or "too loud" ("too much sibilance on the vocal", "the esses
are too loud") is the technique's own complaint: the esses stand out, which a de-esser treats, not a fader."""


def _symptom_said(name: str, text: str) -> bool:
    return any(_found(p, text) for p in TECHNIQUE_SYMPTOMS.get(name, ()))


def own_complaint(intent: Intent) -> bool:
    """True when the question's complaint is what its technique is asked for: "sibilant" or "the s sounds are
    piercing" for a de-esser, "wider" for widening; "harsh, should I de-ess it?" keeps harshness as a complaint
    of its own (a de-esser only catches the esses)."""
    name = intent.technique or ""
    if intent.complaint == "loud" and name in SYMPTOM_EXCESS and _symptom_said(name, intent.question):
        return True  # "too much sibilance", "the esses are too loud": the esses too prominent, not the fader
    if intent.complaint is None or OWN_COMPLAINT.get(name) != intent.complaint:
        return False
    if TECHNIQUE_SYMPTOMS.get(name) and any(_found(p, intent.question) for p in TECHNIQUE_SYMPTOMS[name]):
        return True
    if name in PURPOSE_ASKED and intent.wants == Wants.HOW_TO:
        return True  # "set up parallel comp, want more smack": the punch is what it is asked for
    from model.intent import complaint_in

    rest = intent.question
    for p in TECHNIQUE_WORDS[name]:
        rest = re.sub(p, " ", rest, flags=re.IGNORECASE)
    # "wider without it falling apart on a mono phone": mono and the phone are where it's checked
    if name == "widening":
        rest = re.sub(rf"\bmono\b|{SMALL_SPEAKER_WORDS[0]}", " ", rest, flags=re.IGNORECASE)
    return complaint_in(rest, intent.instruments) is None


MEASURED_ON_MIX = frozenset({"widening"})
"""Techniques whose own complaint is measured on the whole mix (its stereo width and correlation): "how do I get
the mix to feel wider?" gets that measurement and what it points at, not the technique's general answer."""


def mix_measured(intent: Intent) -> bool:
    """True for the technique's own complaint about the whole mix where the mix measures it ("make the mix
    wider"), so the complaint's measured answer comes first."""
    return intent.technique in MEASURED_ON_MIX and not intent.instruments and own_complaint(intent)


def craft_first(ctx: MixContext, focus: Focus) -> Answer | None:
    """The technique's answer for a question whose complaint is the technique's own ("how do I widen the pad?",
    "the s sounds on my vocal are piercing") on parts found as tracks of their own with no level fault; None
    otherwise, so a part at the wrong level or not in the session keeps its own answer."""
    intent = focus.intent
    name = intent.technique
    if name is None or not technique(name).move or not intent.instruments or not own_complaint(intent):
        return None
    if focus.missing or not focus.asked or any(not a.found or a.how == "inside" for a in focus.asked):
        return None
    names = {rt.name for a in focus.asked for rt in a.tracks}
    if any(f.kind in LEVEL_KINDS and f.track in names for f in ctx.problems):
        return None
    return craft_answer(ctx, focus, name)


def craft_answer(ctx: MixContext, focus: Focus, name: str) -> Answer:
    """Convention first in the question's form (verdict, move or explanation), then the user's track, what was
    measured that bears on it, the check by ear, and the mix's related problem."""
    intent = focus.intent
    tech = technique(name)
    role, rt = asked_role(focus)
    master = (
        role is None and intent.about_master
    )  # "tube saturation on the master?": the mix bus, its own verdict
    if rt is None and role is None and not master and (rt := _default_track(name, focus)) is not None:
        role = rt.role
    quoted = [t.quoted for a in focus.asked for t in a.tracks]
    track = _listed(quoted) if quoted else rt.quoted if rt is not None else None
    if master:
        track, role = "the mix bus", "master"
    if name == "automation" and focus.missing:
        # "automate the toms down?" with no tom track: the fill is on another
        track = "the track that plays it"
    move = tech.move_on(track)
    if name == "automation" and (intent.complaint == "loud" or asked_way(intent.question) == "down"):
        # "a tom fill thuds way louder, automate it down?": the passage that jumps out, ridden down
        move = move.replace(
            _RIDE_UP, "pull the passage that jumps out down by 2-4 dB, leaving the rest as it is"
        )
    if needs_listening(intent):
        voice = rt or _default_track(name, focus)  # "too much sibilance in my mix?": listen to the vocal
        head = [NOT_MEASURED.get(name, ""), _measured(ctx, tech, role, rt), _listen(tech, voice)]
        return _finish(ctx, focus, tech, [p for p in head if p], keep=3)
    first, second = sentences(tech.summary, 1), sentences(tech.summary.partition(". ")[2], 1)
    their, measured = _their_track(tech, rt), _measured(ctx, tech, role, rt)
    their = (_pans(focus) or their) if name == "widening" else their
    if WHAT_IS.search(intent.question) or intent.explain or intent.wants == Wants.WHY:
        parts = [first, move, measured, second, their, tech.check]  # what it is, then the move
    elif intent.wants == Wants.JUDGE and not symptom_only(intent):  # the sound said, not the tool: its fix
        usual = tech.usual_for(role)
        if BLANKET.search(intent.question):  # "a de-esser on every vocal by default?": a habit, not a move
            why = BLANKET_WHY.get(name, "use it where a track needs it, not on every one.")
            return _finish(ctx, focus, tech, [f"Not by default: {why}", tech.check], keep=1)
        lead = f"{usual} (common practice)." if usual else first
        if name == "automation" and _RIDE_OR_FADER.search(intent.question):
            # "automation or just fader?": one of the two offered, named, never a bare "Yes"
            lead = (
                "Automation, for a passage like that: the fader moves the part for the whole song, a ride lifts "
                "just that stretch (common practice)."
            )
        if re.match(
            r"(No|Not|Rarely)\b", lead
        ):  # "a de-esser on the guitars?": no, and why; no move to set up
            fact = _pan_fact(name, role, ctx)  # "widen the bass?": how real mixes panned it, and where it is
            return _finish(ctx, focus, tech, [lead, fact, their if fact else ""], keep=1)
        parts = [lead, move, _pan_fact(name, role, ctx), their, measured, tech.check]
    else:  # a how-to: the move first (and, asked "in reaper" or for the routing, where it is done there)
        steps = REAPER_STEPS.get(name, "") if _IN_REAPER.search(intent.question) else ""
        parts = [move, steps, _pan_fact(name, role, ctx), first, their, measured, tech.check]
    parts.append(_not_measured(tech))
    return _finish(ctx, focus, tech, parts, keep=2 if intent.wants == Wants.JUDGE else 1)


_RIDE_UP = "push the words and phrases that drop back up by 1-3 dB"
"""The automation move's usual ride (a vocal's dropped words up), turned down when a passage jumps out."""
_RIDE_OR_FADER = re.compile(
    r"\b(automat\w*|ride|riding)\b[^?]{0,20}\bor (just )?(the |a |my )?(fader|volume|turn(ing)? it up)\b|"
    r"\b(fader|volume)\b[^?]{0,20}\bor (just )?(automat\w*|ride|riding)\b",
    re.IGNORECASE,
)
"""Automation or the fader offered as the two ways ("automation or just fader?")."""


def _finish(ctx: MixContext, focus: Focus, tech: Technique, parts: list[str], keep: int) -> Answer:
    """The parts within the word budget, the mix's related problem (or that nothing was listened to) last."""
    missing = focus.missing
    if missing and focus.session:
        there = [r.name for r in focus.session.tracks if not r.track.mute]
        parts.insert(0, not_here_note(missing[0].said or missing[0].word, there))
        keep += 1
    if ctx.analysis is None:
        tail = f"{NOTHING_HEARD}: it's common practice. Give me a clip (--audio) and I'll check yours."
        body = fit([p for p in parts if p], MAX_WORDS - len(tail.split()), keep=keep)
        return Answer(f"{body} {tail}", [], None)
    now, moves = mix_now(ctx, tech.name, _asked_names(focus))
    parts = list(dict.fromkeys(p for p in [*parts[:keep], now, *parts[keep:]] if p))
    return Answer(fit(parts, MAX_WORDS, keep=keep), moves, None)


def _listed(quoted: list[str]) -> str:
    """ "'Kick', 'Clap' and 'Hats'": the asked tracks (four at most)."""
    shown = quoted[:4]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _asked_names(focus: Focus) -> set[str]:
    return {rt.name for a in focus.asked for rt in a.tracks}


def _default_track(name: str, focus: Focus) -> RoleTrack | None:
    """The part a technique is about when none is named: the lead vocal for de-essing."""
    if name != "deessing" or focus.session is None:
        return None
    return next((t for t in focus.session.tracks if t.role == "lead_vocal" and not t.track.mute), None)


def _their_track(tech: Technique, rt: RoleTrack | None) -> str:
    """Whether the user's own track already has the technique's plug-in (read from its FX names)."""
    if rt is None:
        return ""
    if tech.name == "widening":
        return f"Your {rt.quoted} is {_side(rt.track.pan)} now."
    if not tech.plugins:
        return ""
    fx = next((f for f in rt.track.fx if any(w in f.name.lower() for w in tech.plugins)), None)
    if fx is None:
        return f"Your {rt.quoted} has no {tech.said.removeprefix('a ')} yet."
    state = " (bypassed)" if not fx.enabled else ""
    return f"Your {rt.quoted} has {fx.name.split(' (')[0]}{state} on it."


def _side(pan: float) -> str:
    return "centred" if abs(pan) < 0.05 else f"panned {abs(pan) * 100:.0f}% {'left' if pan < 0 else 'right'}"


def _pans(focus: Focus) -> str:
    """Where each asked track sits now, for widening a pair or a group ("'Gtr L' is panned 80% left, ...")."""
    rts = [rt for a in focus.asked for rt in a.tracks][:4]
    if len(rts) < 2:
        return ""
    return "Now " + ", ".join(f"{rt.quoted} is {_side(rt.track.pan)}" for rt in rts) + "."


def _measured(ctx: MixContext, tech: Technique, role: str | None, rt: RoleTrack | None) -> str:
    """What was measured that bears on the technique: where a de-esser works, the whole mix's band that holds
    the voice's sibilance; for gain staging, the mix's true peak and the track's own meter; else nothing."""
    a = ctx.analysis
    if a is None:
        return ""
    if tech.name == "deessing":
        area_role = role if role in ("lead_vocal", "backing_vocal") else "lead_vocal"
        al = next((al for al in area_levels(a, area_role) if al.area.name == "sibilance"), None)
        if al is None:
            return ""
        return f"What I measured: {al.says(area_role)} (that's the whole mix, not this track alone)."
    if tech.name == "gain_staging":
        own = track_evidence(ctx, rt).measured_level() if rt is not None else None
        mine = f"; {rt.quoted}: {own}" if rt is not None and own else ""  # type: ignore[union-attr]
        return f"What I measured: your mix's true peak is {a.true_peak_dbtp:.1f} dBTP{mine}."
    return ""


def _listen(tech: Technique, rt: RoleTrack | None) -> str:
    """How to tell by ear, then the move if it is there."""
    who = rt.quoted if rt is not None else "the vocal"
    return (f"Check by ear: solo {who} at normal level; if s, t and sh sounds jump out or sting, "
            f"{lower_first(tech.move_on('it'))}")  # fmt: skip


def _pan_fact(name: str, role: str | None, ctx: MixContext) -> str:
    """For widening, how real mixes panned that role (measured, where MixologyDB has the role's pans)."""
    if name != "widening" or role is None or role == "master":
        return ""
    said = settings("panning", role, ctx)
    return said if ROLE_WORDS.get(role, "~") in said else ""


def _not_measured(tech: Technique) -> str:
    """The convention that says MixologyDB has no numbers for it, when there is one."""
    line = next((c for c in tech.conventions if "MixologyDB" in c), "")
    return capital(line) + "." if line else ""
