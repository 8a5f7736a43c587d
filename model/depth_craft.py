"""How to get depth ("how do i get more depth, like the band is in a room, not glued to my face", "how can I
push the strings further back?", "make the mix more 3d"): a quality no meter here measures, so an engineer answers
the how from craft, on the user's own session. Depth is a shared space and distance: one room or plate reverb on
a send that the whole band feeds (pre-delay, decay), more of it on the parts meant to sit back and little on the
ones up front, those parts a little lower and darker (as distance sounds), a short delay, and a check in mono.

The session says which tracks are dry and which reverbs (plug-ins, sends to a return) it already has, so the
answer names them. A part measured at the wrong level comes first (balance before space): a part 10 dB over
stays in your face whatever the reverb. Every number said is either that measurement or craft, labelled so
("common practice"): the ranges below are rules of thumb, not measurements of this mix."""

from __future__ import annotations

import re
from collections.abc import Sequence

from companion.context import Finding, FindingKind, MixContext
from companion.knowledge.roles import SUPPORT_ROLES
from model.answer_amount import carried_fx
from model.answer_reverb import return_tracks
from model.evidence import ranked_problems
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.moves import level_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, NOTHING_HEARD, Answer, first_sentence, fit, lower_first
from model.session_view import RoleTrack, quote_list

PRE_DELAY_MS = (10, 30)
"""A room's pre-delay (common practice): the dry hit first, then the room, so the part keeps its edge."""
DECAY_S = (0.8, 1.5)
"""A room's decay (common practice): long enough to hear the space, short enough to clear before the next bar."""
RETURN_TOP_HZ = 6000
RETURN_LOW_HZ = 200
"""A darker, leaner return (common practice): distance takes the top off, and low reverb only muddies."""
BACK_STEP_DB = (1, 2)
"""How much lower a part pushed back sits (common practice: a small step, or it just gets lost)."""
SEND_BACK_DB = (-15, -10)
SEND_FRONT_DB = -25
"""Where sends start (common practice): more on the parts at the back, little or none on those in front."""
_SEND_LEVELS = re.compile(
    r"\bsends? (levels?|amounts?|settings?)\b|\bhow much (send|reverb)\b", re.IGNORECASE
)
"""The send levels asked for ("send levels, predelay etc")."""
SLAP_MS = (80, 120)
"""A short delay (common practice): a slap that reads as a wall behind the band, not an echo."""
NOT_PLAYED = ("fx_return", "bus", "other")
"""Tracks that play no part of the band (returns, buses, clicks); a drum bus does, as the drums."""
FRONT_ROLES = ("lead_vocal", "kick", "snare", "bass", "drum_bus")
"""Parts an engineer keeps up front and fairly dry: the voice and the rhythm's centre."""

DEPTH_Q = re.compile(
    # "what rate n depth" on a tremolo: the effect's knob, not distance
    r"(?<!rate n )(?<!rate and )(?<!rate & )(?<!rate, )(?<!rate )(?<!mod )(?<!modulation )(?<!lfo )(?<!tremolo )"
    r"\bdepth\b(?! of (the |its |my )?(chorus|modulation|mod|flanger|phaser|tremolo|vibrato))(?! (n|and|&) rate\b)|"
    r"\bfront[- ]to[- ]back\b|"
    r"\b(mix|band|sound|everything|it|song) (feel|sound|seem)?s? ?(\w+ )?deeper\b|"
    r"\b[23]-?d\b|\b(two|three)[- ]dimension\w*|\bdimension(al|ality)?\b|\bsound ?stage\b|\bsense of (space|distance)\b|"
    r"\b(more )?spacious\b|\broomier\b|\bbehind the speakers\b|"
    # "make the pad more atmospheric", "dreamier", "ethereal": space around a part, which is its send and distance
    r"\b(more )?(atmospheric|ambient|ethereal|airy and wide)\b|\bdream(y|ier)\b|\bmore (atmosphere|ambience|ambiance)\b|"
    # "like the band is in a room", "want us all in one room" (not "sounds like it's in a tiny room": a complaint)
    r"\blike (the band|the players|everyone|everybody|we|they|the musicians|us|them) ?('re|are|is|was|were)?"
    r" ?(all |playing |sitting |standing )*(together )?in (a|one|the same) (real |big |nice )?(room|space|hall|club)\b|"
    r"\b(want|wanna|put|place|get|have)\w* (\w+ ){0,3}in (one|the same) (room|space)\b|"
    # "push the strings further back", "make the pad sound farther away" (not "it sits too far back": too quiet)
    r"\b(push|put|send|place|move|make|tuck)\w* (\w+ ){0,3}(further|farther|more) (back|away|distant)\b(?! than)|"
    r"\b(further|farther|more distant) (away|off)\b(?! than)|"
    # "pushing the fiddle back while my vocal stays dry and up front": back against front, a depth asked for
    r"\b(push|tuck|set|sit|place|put|send|move)\w* (\w+ ){0,4}?back\b[^?.]{0,40}\b(up ?front|in front|forward|dry)\b|"
    # "want the horns to feel further back in the room": the distance wished for, said as how it should feel
    r"\b(want|wanna|need|like|get|make)\w* (\w+ ){0,5}?(to )?(feel|sound|sit|seem) (\w+ )?(further|farther|more) "
    r"(back|away|distant)\b(?! than)|"
    r"\b(not|less|isn'?t|aren'?t|wasn'?t|without (being|it being|them being)) (so |as |all |right |too )?"
    r"((glued|stuck|pressed|up|right|shoved|smack) ?)?(to|in|against|up in) (my|your|ur|the|our) (face|ears?)\b(?! enough)",
    re.IGNORECASE,
)
"""Depth asked for, in the words amateurs use: depth, front to back, 3D, a sense of space, "like the band is in a
room", "further away", "not glued to my face"."""
LOW_DEPTH = re.compile(
    r"\b(kick|bass|808|sub|low[- ]?end|bottom|lows)\b[^.?!]{0,30}\b(depth|deeper)\b|"
    r"\b(voice|vocal|tone)\b[^.?!]{0,30}\bdeeper\b|"
    r"\b(depth|deeper)\b[^.?!]{0,20}\b(low|bass|sub|tone|voice)",
    re.I,
)
"""'the kick has no depth', 'my voice deeper': weight down low or a lower tone, not distance."""
_FRONT = re.compile(
    # never "less in your face", "not so up front": the part wished back
    r"\b(?<!less )(?<!not )(?<!too )(?<!so )(?<!as )(?<!out of )(?<!away from )"
    r"(right |more |further |farther |way |all the way )?(up ?front|in front|forward|close|closer|intimate|"
    r"in (my|your|ur|the) face)\b(?! of)|\b(stay|stays|keep|kept)\w* (\w+ )?dry\b",
    re.IGNORECASE,
)
"""A part wished in front: up front, forward, close, in your face, kept dry."""
_BACK = re.compile(
    r"\b(further|farther|more|way|set|sit|sits|pushed|tucked) (back|away|distant|off)\b|\bin the (room|back|distance)\b|"
    r"\b(less|not so|not as|not) (in (your|my|ur|the) face|up ?front|forward)\b|"
    r"\bdistant\b|\bbehind\b|\bdepth\b|\bback\b(?!\s+(up|down|in|to|on|off)\b)",
    re.IGNORECASE,
)
"""A clause that wishes its parts back: further back, in the room, distant."""
_CLAUSE = re.compile(r"[,;.?!]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
ALL_DRY = "Nothing in this session has a reverb yet: every track is dry."


def asks_depth(question: str) -> bool:
    """True when ``question`` asks for depth or distance (a space the band sits in), not a part's low weight."""
    return DEPTH_Q.search(question) is not None and LOW_DEPTH.search(question) is None


def depth_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The depth craft on this session, a fader fault first; None when the question does not ask for depth, asks a
    complaint of its own, names another tool, or names a part the session lacks (the missing-part answer says so)."""
    intent = focus.intent
    if not asks_depth(intent.question) or intent.wants not in (
        Wants.HOW_TO,
        Wants.WHAT_FIRST,
        Wants.JUDGE,
        Wants.WHY,
    ):
        return None
    if intent.wants == Wants.JUDGE and intent.complaint is not None:
        return None
    if intent.technique not in (None, "reverb", "delay") or (focus.missing and not focus.tracks):
        return None
    session = focus.session
    parts_ = [rt for rt in session.tracks if rt.role not in NOT_PLAYED and not rt.track.mute]
    asked = [rt for rt in focus.tracks if rt.role not in NOT_PLAYED]
    # "horns further back n her voice right up front": the part wished in front takes no more send
    up_front = wished_front(focus)
    asked = [rt for rt in asked if rt.name not in up_front]
    fault = _level_fault(ctx, focus, asked)
    parts: list[str] = []
    moves = []
    there = _what_is_there(focus, parts_) if session else ""
    if asks_yes_no(intent):  # "does my mix have enough depth?": what can be said of it, before the how
        parts.append(
            "Probably short on it: nothing in this session has a reverb yet, so every part is dry and up front."
            if there == ALL_DRY
            else "I can't measure depth itself, but the craft for it is well known."
        )
        there = "" if there == ALL_DRY else there
    elif (
        intent.wants == Wants.WHY and there == ALL_DRY
    ):  # "why does my mix sound so 2d?": what the session shows
        parts.append(
            "Likely because nothing in this session has a reverb yet, so every part is dry and up front."
        )
        there = ""
    if fault is not None:
        move = level_move(fault, session)
        # too loud is the depth asked about ("glued to my face"): why it comes first, in those terms
        head = (
            "Balance first, since no reverb pulls back a part this far forward:"
            if fault.kind is FindingKind.TRACK_TOO_LOUD
            else "Balance first:"
        )
        parts.append(f"{head} {lower_first(first_sentence(fault.summary))} {move.try_text}")
        moves.append(move)
    lo_ms, hi_ms = PRE_DELAY_MS
    lo_s, hi_s = DECAY_S
    parts.append(
        f"{'Then, for' if fault else 'For'} depth, put the band in one shared room: a room or plate reverb on its own "
        f"track, 100% wet, fed by sends; pre-delay {lo_ms}-{hi_ms} ms, decay {lo_s}-{hi_s} s (common practice)."
    )
    parts.append(there)
    parts.append(_who_sits_back(parts_, asked, [rt for rt in parts_ if rt.name in up_front]))
    if _SEND_LEVELS.search(intent.question):  # "send levels?": where the sends start, as craft
        lo_send, hi_send = SEND_BACK_DB
        parts.append(
            f"As a start, sends at {lo_send} to {hi_send} dB on the parts at the back and {SEND_FRONT_DB} dB or none "
            "on those in front, then set them by ear (common practice)."
        )
    lo_db, hi_db = BACK_STEP_DB
    parts.append(
        f"Distance is also quieter and darker: cut the return above {RETURN_TOP_HZ // 1000} kHz and below "
        f"{RETURN_LOW_HZ} Hz, and ease the parts at the back {lo_db}-{hi_db} dB lower."
    )
    parts.append("Check in mono, and mute the return for a bar: the band should step forward.")
    lo_d, hi_d = SLAP_MS
    parts.append(f"A short delay ({lo_d}-{hi_d} ms, low in level) adds depth without wash.")
    if ctx.analysis is None:
        parts.insert(1, f"({NOTHING_HEARD}: this is the craft{', on your session' if session else ''}.)")
    if not session:
        parts.append(
            "With your session (--snapshot) I'll name which tracks are dry and which reverbs you have."
        )
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    return Answer(fit([p for p in parts if p], limit, keep=2), moves, fault)


def _level_fault(ctx: MixContext, focus: Focus, asked: list[RoleTrack]) -> Finding | None:
    """The first fader fault measured: on a part asked about, else anywhere in the mix (balance before space)."""
    if ctx.analysis is None and not ctx.findings:
        return None
    names = {rt.name for rt in asked}
    for f in ranked_problems(ctx, focus.session):
        if f.kind in LEVEL_KINDS and f.is_problem and f.track is not None and (not names or f.track in names):
            return f
    return None


def _what_is_there(focus: Focus, parts: list[RoleTrack]) -> str:
    """The reverbs the session already has (a return, plug-ins, sends) and the parts that are dry, by name."""
    returns = return_tracks(focus)
    carried = [c for rt in parts if (c := carried_fx(rt, "reverb"))]
    dry = [rt for rt in parts if not carried_fx(rt, "reverb")]
    dry_said = f"{quote_list(dry, 3)} {'is' if len(dry) == 1 else 'are'} dry" if dry else ""
    if returns:
        fed = f" ({carried[0]})" if carried else ""
        head = f"You already have {quote_list(returns, 2)} as a reverb return: make that the room{fed}"
        return f"{head}; {dry_said}." if dry_said else f"{head}."
    if carried:
        return f"{carried[0]}; {dry_said}." if dry_said else f"{carried[0]}."
    return ALL_DRY


def wished_front(focus: Focus) -> set[str]:
    """The tracks of the parts the question wants up front ("... n her voice right up front"): a part said in a
    clause that asks for it in front, or in one with no distance word before such a clause."""
    clauses = [c for c in _CLAUSE.split(focus.intent.question) if c.strip()]
    front: set[str] = set()
    # parts said in clauses with no distance of their own ("the horns and strings ..."), given the next one's
    waiting: list[str] = []
    for clause in clauses:
        said = [rt.name for a in focus.asked for rt in a.tracks if _says(clause, a.said, a.word)]
        waiting += said
        if _FRONT.search(clause):
            front.update(waiting)
        if _FRONT.search(clause) or _BACK.search(clause):
            waiting = []
    return front


def _says(text: str, *words: str) -> bool:
    return any(w and re.search(rf"\b{re.escape(w)}", text, re.IGNORECASE) for w in words)


def _who_sits_back(parts: list[RoleTrack], asked: list[RoleTrack], wished: Sequence[RoleTrack] = ()) -> str:
    """More send on the parts meant to sit back, little on those up front (``wished``: the parts the question
    wants up front, said first): by name when the session has them."""
    back = asked or [rt for rt in parts if rt.role in SUPPORT_ROLES and rt not in wished]
    front = list(wished) + sorted(
        (rt for rt in parts if rt.role in FRONT_ROLES and rt not in asked and rt not in wished),
        key=lambda rt: FRONT_ROLES.index(rt.role or ""),
    )
    back_said = quote_list(back, 3) if back else "pads, strings, backing vocals"
    front_said = (
        quote_list(front, 4) if front else "the lead vocal, kick, snare and bass" if not parts else ""
    )
    if asked:  # "push the strings further back": the part asked about, against those that stay in front
        tail = f" than from what stays in front ({front_said})" if front_said else ""
        return f"Send more from {back_said}{tail}."
    tail = f", little from what stays in front ({front_said})" if front_said else ""
    return f"Send more from what sits back ({back_said}){tail}."
