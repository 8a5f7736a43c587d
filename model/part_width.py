"""Whether one part is mono or stereo, or too wide ("are the hats mono?", "is the kick in stereo?", "is the piano
too wide?"): a question about the part's place in the stereo field, never about its level.

The mix alone cannot show one part's width: the listening analysis measures the whole mix's stereo, and the
track meters measure loudness. So the answer says what the session shows (the track's pan, a widener or a mono
plug-in on it and its width setting), what engineers did with that role in real mixes (MixologyDB counts its
mono and stereo tracks), and plainly what cannot be known from here: whether the track's source is a stereo
recording, with the way to check it in REAPER.
"""

from __future__ import annotations

import re

from companion.context import Fx, MixContext
from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS, instrument_role
from model.evidence import singular
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, fit, names
from model.session_view import RoleTrack

WIDTH_Q = re.compile(
    r"\b(mono|stereo|wide|wider|width|narrow|spread( out)?)\b\s*(enough)?\s*(or (mono|stereo))?\s*\?*\s*$|"
    r"^\s*(is|are|should|does|do)\b[^?]{0,40}\b(mono|stereo|too wide|too narrow|wide enough)\b|"
    r"^\s*how (wide|stereo|mono|narrow|spread)\b",
    re.IGNORECASE,
)
"""A width question about a part: "are the hats mono?", "is the kick in stereo?", "is the piano too wide?"."""
HOW_WIDE = re.compile(r"^\s*how (wide|stereo|mono|narrow|spread)\b", re.IGNORECASE)
"""'how wide is the piano?': a description asked, not a yes or no."""
HOW_SHOULD = re.compile(r"^\s*how (wide|stereo|spread|narrow)\b[^?]{0,30}\bshould\b", re.IGNORECASE)
"""'how wide should my pad be?': what engineers do with the part, asked as a size, not what the session shows."""
SHOULD = re.compile(r"^\s*(so |and )?should\b|\b(supposed|meant) to be\b", re.IGNORECASE)
"""'should the snare be in stereo?': what engineers do with the part, not what the session shows."""
PAN_WORDS = re.compile(r"\bpan", re.IGNORECASE)
"""A question about the pan itself ("panned too wide?") is answered by the pan route (``model.pan_amount``)."""
TOO_WIDE = re.compile(r"\btoo (wide|spread|stereo|big)\b|\btoo much (width|stereo|spread)\b", re.IGNORECASE)
TOO_NARROW = re.compile(r"\btoo (narrow|mono|centred|centered)\b|\b(wide|stereo) enough\b", re.IGNORECASE)
MONO_ASK = re.compile(r"\bmono\b", re.IGNORECASE)
WIDENERS = (
    "widen", "wider", "stereo", "imager", "width", "spread", "microshift", "doubler", "haas", "dimension",
    "ensemble", "chorus",
)  # fmt: skip
"""Plug-in name words of something that spreads a part across the stereo field."""
MONO_FX = ("mono",)
"""Plug-in name words of something that folds a part to mono ("JS: Mono Maker", a utility set to mono)."""
MIN_TRACKS = 5  # fewer real tracks of a role say nothing about what engineers usually do


def asks_part_width(focus: Focus) -> bool:
    """True for a yes/no about a named part's width ("is the piano too wide?"), not its pan nor how to widen it."""
    intent = focus.intent
    q = intent.question
    return (
        bool(intent.instruments)
        and intent.wants in (Wants.JUDGE, Wants.LISTEN)
        and intent.technique is None
        and intent.complaint in (None, "narrow")  # "is the bass too loud in mono?" stays a level question
        and bool(WIDTH_Q.search(q))
        and not PAN_WORDS.search(q)
    )


def _fx_of(rt: RoleTrack, words: tuple[str, ...]) -> Fx | None:
    """The first enabled plug-in on the track whose name holds one of ``words`` (``mono`` not in "monitor")."""
    for fx in rt.track.fx:
        low = fx.name.lower()
        if fx.enabled and any(re.search(rf"\b{w}", low) for w in words) and "monitor" not in low:
            return fx
    return None


def _where(rt: RoleTrack) -> str:
    p = rt.track.pan
    return (
        "centred (pan 0)" if abs(p) < 0.05 else f"panned {abs(p) * 100:.0f}% {'left' if p < 0 else 'right'}"
    )


def _fx_words(fx: Fx) -> str:
    """ "'Stereo Width' (width 150%)": the plug-in as the session names it, with its width setting if it has one."""
    name = fx.name.split(" (")[0]
    width = fx.param("width")
    setting = f" (width {width.formatted})" if width is not None and width.formatted else ""
    return f"'{name}'{setting}"


def _mono_stereo(role: str | None) -> tuple[int, int]:
    """(mono, stereo) track counts of ``role`` in MixologyDB's real mixes (0, 0 when unknown)."""
    pan = priors_table().get("roles", {}).get(role or "", {}).get("pan", {})
    return int(pan.get("n_mono", 0)), int(pan.get("n_stereo", 0))


def _real_mixes(role: str | None) -> str:
    """What engineers did with the role in MixologyDB's real mixes: how many of its tracks were mono or stereo."""
    n_mono, n_stereo = _mono_stereo(role)
    total = n_mono + n_stereo
    if role is None or total < MIN_TRACKS:
        return ""
    who = singular(ROLE_WORDS.get(role, role.replace("_", " ")))
    if n_stereo == 0 or n_mono == 0:
        return f"In MixologyDB's real mixes every one of the {total} {who} tracks was {'mono' if n_stereo == 0 else 'stereo'}."
    more = "stereo" if n_stereo > n_mono else "mono"
    return f"In MixologyDB's real mixes {max(n_mono, n_stereo)} of {total} {who} tracks were {more}."


def _should(question: str, role: str | None) -> str | None:
    """ "should the snare be in stereo?": what engineers did, said as the answer (None: too few real tracks)."""
    n_mono, n_stereo = _mono_stereo(role)
    if n_mono + n_stereo < MIN_TRACKS:
        return None
    if HOW_SHOULD.search(question):  # "how wide should the keys be?": the usual width, named
        return "Stereo, usually" if n_stereo > n_mono else "Mono, usually"
    stereo_asked = bool(re.search(r"\b(stereo|wide|wider|spread)\b", question, re.IGNORECASE))
    usual = (n_stereo > n_mono) == stereo_asked
    return "Usually, yes" if usual else "Not usually"


_PHASE_ASK = re.compile(r"\bphas(e|ey|ing)\b|\bout of phase\b|\bcancel\w*", re.IGNORECASE)


def _head(question: str, rts: list[RoleTrack]) -> str:
    """The verdict the session supports, in the question's own terms."""
    quoted = names([rt.name for rt in rts], 3)
    where = "; ".join(f"{rt.quoted} is {_where(rt)}" for rt in rts[:3])
    wide = [(rt, fx) for rt in rts if (fx := _fx_of(rt, WIDENERS)) is not None]
    mono = [(rt, fx) for rt in rts if (fx := _fx_of(rt, MONO_FX)) is not None]
    either = bool(MONO_ASK.search(question)) and bool(re.search(r"\bstereo\b", question, re.IGNORECASE))
    how = bool(HOW_WIDE.search(question))
    phase = bool(
        _PHASE_ASK.search(question)
    )  # "are my gtrs phasey in mono?": whether they cancel, not how wide
    if wide:
        rt, fx = wide[0]
        said = f"{_fx_words(fx)} on {rt.quoted} spreads it across the stereo field"
        if phase:
            return f"Possibly: {said}, and a widener's two sides are what can cancel in mono. {where}."
        if either or how:
            return f"Stereo, as the session has it: {said}. {where}."
        if TOO_WIDE.search(question):
            return f"Possibly: {said}. {where}."
        if MONO_ASK.search(question) and not TOO_NARROW.search(question):
            return f"No, not as the session has it: {said}. {where}."
        return f"Yes: {said}. {where}."
    if mono:
        rt, fx = mono[0]
        said = f"{_fx_words(fx)} on {rt.quoted} folds it to mono"
        if either or how:
            return f"Mono, as the session has it: {said}. {where}."
        verdict = "Yes" if MONO_ASK.search(question) and not TOO_NARROW.search(question) else "No"
        verdict = "No" if TOO_WIDE.search(question) else verdict
        return f"{verdict}: {said}. {where}."
    plain = "no widener or stereo plug-in on it" if len(rts) == 1 else "no widener or stereo plug-in on them"
    point = f"so {quoted} {'sits' if len(rts) == 1 else 'sit'} as a point"
    if phase:
        return (f"No, not from anything the session shows: {where}, with {plain}; a mono track panned has nothing of "
                "its own to cancel when the sides are summed.")  # fmt: skip
    if either or how:
        return f"{'Mono' if either else 'Not wide'}, as far as the session shows: {where}, with {plain}, {point}."
    if TOO_WIDE.search(question):
        return f"No, not from anything the session shows: {where}, with {plain}."
    if TOO_NARROW.search(question):  # "is the snare wide enough?": a point, said without a yes or no
        return f"It's placed as a point, as far as the session shows: {where}, with {plain}."
    if MONO_ASK.search(question):
        return f"Yes, as far as the session shows: {where}, with {plain}, {point}."
    return f"No, not that the session shows: {where}, with {plain}."


def _mix_file_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """A part's width asked of a mix file alone: what the file cannot show, the whole mix's width it does show
    (every part together), what engineers did with that role, and the way to check in REAPER."""
    if ctx.analysis is None:
        return None
    word = focus.intent.mentions[0] if focus.intent.mentions else focus.intent.instruments[0]
    role = instrument_role(word)
    s = ctx.analysis.stereo
    parts = [
        f"I can't tell from the mix file alone: one part's width doesn't show in a bounced mix. What it does show is "
        f"the whole mix, every part together: correlation {s.correlation:.2f}, width {s.width:.2f} (0 is mono).",
        _real_mixes(role),
        f"To check the {word}: solo {'their' if word.endswith('s') and not word.endswith('ss') else 'its'} track in REAPER and switch the master to mono; if it thins out or drops, "
        "it was stereo. Connect REAPER (or give me --snapshot) and I'll read its pan and plug-ins.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=1), [], None)


def part_width_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The width answer for a named part, or None when the question is not one (or the part is not a track)."""
    if not asks_part_width(focus):
        return None
    if not focus.session:  # a mix file alone: say what it cannot show, never a level or tone answer instead
        return _mix_file_answer(ctx, focus)
    found = [a for a in focus.asked if a.found and a.tracks]
    if not found:
        return None
    rts = list(found[0].tracks)
    label = "track" if len(rts) == 1 else "tracks"
    unknown = (
        f"What the mix can't tell me is whether the {label} {'itself is' if len(rts) == 1 else 'themselves are'} "
        "a stereo source (two mics, a stereo sample or patch): look at the item's channel count in REAPER, or solo "
        "it and switch the master to mono; if it thins out or drops, it was stereo."
    )
    q = focus.intent.question
    norm = bool(SHOULD.search(q) or HOW_SHOULD.search(q))
    usual = _should(q, rts[0].role) if norm else None
    now = _head(q, rts).split(": ", 1)[-1]
    if usual is not None:  # "should the snare be in stereo?": what engineers did leads, then the session
        real = _real_mixes(rts[0].role)
        parts = [f"{usual}: {real[:1].lower()}{real[1:]}", now, unknown]
    # "should the pad be stereo?" with too few such tracks in real mixes: no rule, then the session
    elif norm:
        who = singular(ROLE_WORDS.get(rts[0].role or "", (rts[0].role or "part").replace("_", " ")))
        parts = [f"No rule I can measure: real mixes (MixologyDB) hold too few {who} tracks to say what engineers "
                 f"do, so it's your call by ear. As the session has it: {now}", unknown]  # fmt: skip
    else:
        parts = [_head(q, rts), _real_mixes(rts[0].role), unknown]
    return Answer(fit(parts, MAX_WORDS, keep=1), [], None)
