"""A plug-in on a part blamed for what is heard ("is the eq on the guitar causing that?", "is my compressor making
the vocal dull?", "should i just bypass the eq on the keys?"): which plug-in type is blamed, on which part, what
area is at issue, and what that part's plug-in of that type does there, read from the snapshot.

Why: the snapshot carries every plug-in with its parameters, so an EQ's share is measurable: the gain its enabled
ReaEQ bands apply in the area at issue (the complained area, or the range the part covers another in). An
engineer asked "is it the EQ?" looks at the EQ before answering, rather than answering about the fader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import Finding, FindingKind, Fx, MixContext
from companion.knowledge import reaeq
from companion.knowledge.areas import frequency_areas
from model.band_remark import finding_range
from model.focus import Focus
from model.intent import complaint_in
from model.session_view import COMP_WORDS, EQ_WORDS, GATE_WORDS, LIMIT_WORDS, REVERB_WORDS, RoleTrack
from model.tone_home import GENERAL_AREA, home_range

PLUGINS: dict[str, tuple[str, tuple[str, ...]]] = {
    "eq": (r"rea-?eqs?|eqs?|eq'?ing|equali[sz](?:er|ers|ation|ing)", EQ_WORDS),
    "compressor": (r"rea-?x?comp|compressors?|compression|comp", COMP_WORDS),
    "de-esser": (r"de-?ess(?:er|ers|ing)?", ("de-ess", "deess", "sibil")),
    "reverb": (r"rea-?verb\w*|reverbs?|verbs?", REVERB_WORDS),
    "delay": (r"rea-?delay|delays?|echo", ("delay", "echo")),
    "saturation": (r"saturat\w*|distortion|overdrive", ("satur", "distort", "drive", "tape", "tube")),
    "limiter": (r"rea-?limit|limiters?", LIMIT_WORDS),
    "gate": (r"rea-?gate|(?:noise )?gates?", GATE_WORDS),
}
"""Each plug-in type a question can blame: its words in a question (REAPER's own by name: "the reaeq", "reacomp"),
and the words its plug-ins' names carry."""
_ANY = "|".join(f"(?P<{k.replace('-', '_')}>{p})" for k, (p, _) in PLUGINS.items())
_THE = r"(?:the|my|that|this|your|our)"
_PRE = r"(?P<pre>(?:[\w'-]+ ){0,2}?)"
_OBJ = r"(?: (?:the|my|our|that|this|his|her) (?P<obj>[\w'-]+))?"
_ON = r"(?: (?:on|in|for) (?:the |my |that |this )?(?P<part>[\w' -]{1,30}?))?"
_DOES = (
    r"(?:be )?(?:causing|doing|making|creating|adding|behind|to blame|responsible|the (?:problem|cause|culprit|reason)"
    r"|kill\w*|ruin\w*|hurt\w*|mess\w*|screw\w*|wreck\w*|chok\w*|squash\w*|dull\w*|thin\w*|bur(?:y|ies|ying|ied)"
    r"|eat\w*|cause[sd]?|make[s]?|made|do|does|did|why)"
)
_BLAMES = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        rf"\b{_THE} {_PRE}(?:{_ANY})\b{_ON} {_DOES}\b{_OBJ}",
        rf"\b(?:is|was|could|might)(?: it| that| this) (?:just |maybe |really |all )?(?:be )?"
        rf"(?:from |because of |due to )?{_THE} {_PRE}(?:{_ANY})\b{_ON}\s*[?.!]*\s*$",
        rf"\b(?:bypass|remove|disable|delete|ditch|kill|lose|(?:turn|switch|take|pull) off|get rid of) {_THE} "
        rf"{_PRE}(?:{_ANY})\b{_ON}(?:\s*[?.!,]|$| (?:then|instead|too|altogether|entirely))",
        rf"\b(?:turn|switch|take) {_THE} {_PRE}(?:{_ANY})\b{_ON} off\b",
    )
)
"""'is the eq on the guitar causing that?', 'is my compressor making the vocal dull?', 'could it be the vocal
reverb?', 'should i just bypass the eq on the keys?', 'turn the comp off?': a plug-in blamed, or its removal
asked for (which the same measurement decides)."""
_LACK = re.compile(
    r"\b(kill\w*|dull\w*|thin\w*|chok\w*|squash\w*|suck\w*|los[et]\w*|gone|flat)\b", re.IGNORECASE
)
"""Blame words that say something went missing ('did my eq kill the bass?'): a cut, not a boost, is the suspect."""
BOOST_DB = 3.0
"""The smallest band gain (either way) this advisor holds able to cause what is complained of; smaller ones are
ordinary shaping. A rule of thumb stated once here, fitted to no session."""
_EXCESS = ("muddy", "harsh", "boomy", "loud", "clash")
_LACK_COMPLAINTS = ("dull", "thin", "quiet", "small")
_WHOLE = (20.0, 20000.0)
_LEVEL = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)


@dataclass(frozen=True, slots=True)
class Blame:
    """A plug-in type blamed, the part words said for where it sits ("guitar"), and whether removal was asked."""

    kind: str
    part: str | None
    removal: bool
    lack: bool


_MASTER = re.compile(r"\b(master|mix ?bus|stereo bus|2[- ]bus|whole mix)\b", re.IGNORECASE)


def blamed_plugin(question: str) -> Blame | None:
    """The plug-in ``question`` blames for what is heard (or asks to bypass) on a part its words tie it to ('the eq
    on the guitar', 'the vocal reverb', 'my compressor making the vocal dull'), or None. A limiter acting on a
    part ('the limiter squashing my snare') and anything on the master are the master's, not a part's plug-in."""
    if _MASTER.search(question):
        return None
    m = next((m for form in _BLAMES if (m := form.search(question)) is not None), None)
    if m is None:
        return None
    kind = next(k for k in PLUGINS if m.group(k.replace("-", "_")) is not None)
    groups = m.groupdict()
    obj = groups.get("obj") if kind != "limiter" else None
    part = groups.get("part") or (groups.get("pre") or "").strip() or obj
    if not part:
        return None
    removal = re.match(
        r"(bypass|remove|disable|delete|ditch|kill|lose|turn|switch|take|pull|get)\b", m.group(0), re.I
    )
    lack = removal is None and _LACK.search(question[m.start() :]) is not None
    return Blame(kind, part, removal is not None, lack)


@dataclass(frozen=True, slots=True)
class Issue:
    """The area a plug-in is judged in: [lo, hi] Hz, how it is said, whether too much (a boost) is the fault, and
    the finding that measured it (None when the area comes from the complaint's words)."""

    lo_hz: float
    hi_hz: float
    words: str
    excess: bool
    finding: Finding | None = None

    @property
    def whole(self) -> bool:
        return (self.lo_hz, self.hi_hz) == _WHOLE


def say_hz(hz: float) -> str:
    return f"{hz / 1000:g} kHz" if hz >= 1000 else f"{hz:.0f} Hz"


def _tone_issue(complaint: str | None) -> Issue | None:
    rng = home_range(complaint)
    if rng is None or complaint is None:
        return None
    area = GENERAL_AREA.get(complaint, complaint)
    return Issue(
        rng[0], rng[1], f"in the {area} range ({say_hz(rng[0])}-{say_hz(rng[1])})", complaint in _EXCESS
    )


def _named_area(question: str, rt: RoleTrack, blame: Blame) -> Issue | None:
    """The part's own frequency area the question names by its word ("killing the punch" on a kick: 60-100 Hz)."""
    for area in frequency_areas(rt.role) if rt.role else ():
        if re.search(rf"\b{re.escape(area.name)}\b", question, re.IGNORECASE):
            where = f"in its {area.name} ({say_hz(area.lo_hz)}-{say_hz(area.hi_hz)})"
            return Issue(area.lo_hz, area.hi_hz, where, not blame.lack)
    return None


def at_issue(ctx: MixContext, focus: Focus, rt: RoleTrack, blame: Blame) -> Issue:
    """Where ``rt``'s plug-in is judged: an area of the part named in the question ("its punch"), else the tone
    complaint asked about, else the range ``rt`` covers another part in, else the part's level said or measured,
    else (a question that says nothing of its own) the tone complaint of the question before, else everywhere."""
    asked = focus.intent.complaint
    if (own := _named_area(focus.intent.question, rt, blame)) is not None:
        return own
    if (tone := _tone_issue(asked)) is not None:
        return tone
    asked_names = {t.name for a in focus.asked for t in a.tracks}
    for f in ctx.problems:
        rng = finding_range(f)
        if f.kind is not FindingKind.MASKING or f.track != rt.name or rng is None:
            continue
        other = f.evidence.get("other_track", "the other part")
        if asked in ("loud", "quiet") and other not in asked_names:
            break  # "is the eq on my keys making them too loud?": the part's own level is at issue
        where = f"in the range where it covers '{other}' ({say_hz(rng[0])}-{say_hz(rng[1])})"
        return Issue(rng[0], rng[1], where, True, f)
    level = next((f for f in ctx.problems if f.track == rt.name and f.kind in _LEVEL), None)
    if asked in ("loud", "quiet"):
        return Issue(*_WHOLE, "its overall level", asked == "loud" and not blame.lack, level)
    if level is not None:
        excess = level.kind is FindingKind.TRACK_TOO_LOUD and not blame.lack
        return Issue(*_WHOLE, "its overall level", excess, level)
    before = next((t.content for t in reversed(ctx.history) if t.role == "user"), None)
    if (
        before is not None
        and asked is None
        and not blame.lack
        and (tone := _tone_issue(complaint_in(before))) is not None
    ):
        return tone
    return Issue(*_WHOLE, "anywhere", not blame.lack and asked not in _LACK_COMPLAINTS)


def plugins_of(rt: RoleTrack, kind: str) -> list[Fx]:
    """``rt``'s plug-ins of type ``kind`` (enabled or not), in chain order."""
    words = PLUGINS[kind][1]
    return [fx for fx in rt.track.fx if any(w in fx.name.lower() for w in words)]


def culprit_bands(fx: Fx, issue: Issue) -> list[reaeq.EqBand]:
    """The bands of an enabled ReaEQ that move the area at issue the wrong way by ``BOOST_DB`` or more."""
    if not fx.enabled:
        return []
    inside = [b for b in reaeq.eq_bands(fx) if issue.lo_hz <= b.freq_hz < issue.hi_hz]
    return [b for b in inside if (b.gain_db >= BOOST_DB if issue.excess else b.gain_db <= -BOOST_DB)]
