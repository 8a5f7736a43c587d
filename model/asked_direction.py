"""The direction of a level move asked about. "How much should I cut the organ?" names a way (down) as well as
asking for a size; an engineer answers the way first when the meter says otherwise: "Don't cut it: 'Organ' is
too quiet already, so bring it up about 6 dB instead", never a bare "About 6 dB" whose move goes the other way.
A part measured in place gets "leave it where it is", not a size for a move it does not need."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.intent import GIVEN_MORE, Wants, classify
from model.intent_forms import hz_move
from model.intent_tone import TONE_COMPLAINTS
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first, words
from model.recipes import Move, recipe, size_head
from model.section_bump import SECTION_BUMP

_DOWN = re.compile(
    # "in the drop": the song's section, no move
    r"\b(cut|cutting|lower|lowering|(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bevery )drop|dropping|reduce|"
    r"reducing|attenuate|dip|dipping)\b|"
    # "should i automate the toms down there?", "ride it down": a ride is a level move too
    # ("is the fix just pulling both guitar faders down?": the move said as a gerund)
    r"\b(pull|bring|turn|take|back|ease|tuck|knock|automate|ride|pulling|bringing|turning|taking|backing|easing|"
    r"tucking|knocking|automating|riding)\b( (it|them|this|that|(the|my|both|both the|both my|all the|all my|those|these|your) [\w' -]{1,20}?|"
    r"me|myself|everything( else)?))? (down|back|off|under)\b",
    re.IGNORECASE,
)
"""A move down asked for: cut, lower, drop, reduce, "turn it down", "pull the horns back", "automate it down"."""
_UP = re.compile(
    r"\b(boost|boosting|raise|raising|increase|increasing|lift|lifting|crank|cranking|push|hike|hiking)\b|"
    r"\b(bring|turn|push|pump|nudge|bump|jack|automate|ride|swell|swells|bringing|turning|pushing|pumping|nudging|"
    r"bumping|jacking|automating|riding|swelling)\b( (it|them|this|that|(the|my|both|both the|both my|all the|all my|those|these|your) [\w' -]{1,20}?|"
    # "turn me up", "bring myself up": the asker's own part, moved
    r"me|myself|everything( else)?))? up\b|" + GIVEN_MORE,
    # "give it like 3db more": a size given on top
    re.IGNORECASE,
)
"""A move up asked for: boost, raise, "turn the bass up", "swell up in the bridge"."""

LEVEL_FAULTS = {FindingKind.TRACK_TOO_QUIET: "up", FindingKind.TRACK_TOO_LOUD: "down"}
_SIZE_HEAD = re.compile(r"^(About [\d.]+ dB|Here's the size):\s+")
_VERDICT_HEAD = re.compile(r"^(It's fine|Yes|No|Possibly|Maybe)\s*:\s+")
NOTHING_SAYS = re.compile(
    r"\s*[Nn]othing I measured says '[^']+' is (too (low|quiet|loud|high)|out of line)[^.]*\."
)
"""The route's own "nothing I measured says 'X' is too quiet." sentence, dropped where a "leave it" head says it."""


def leave_it(quoted: str, state: str = "out of line", many: bool = False) -> str:
    """ "Leave 'X' where it is: nothing I measured says it is out of line, so at most a small nudge by ear."."""
    they, are = ("they", "are") if many else ("it", "is")
    return f"Leave {quoted} where {they} {are}: nothing I measured says {they} {are} {state}, so at most a small nudge by ear."


def asked_way(question: str) -> str | None:
    """'down' or 'up' when ``question`` names the way of a level move, None when it names neither or both."""
    down, up = _DOWN.search(question) is not None, _UP.search(question) is not None
    return "down" if down and not up else "up" if up and not down else None


MOVE_REACH = 30
"""How far past a move's verb its part is named ("crank the lead vocal 3 or 4 db hotter")."""


def moved_parts(focus: Focus) -> set[str]:
    """The tracks of the part a proposed level move is on ("should i crank the vocal 3 or 4 db hotter" with both
    guitars named as the trouble: the vocal); empty when no part is named right after the move's verb."""
    q = focus.intent.question.lower()
    spans = [m for pat in (_UP, _DOWN) for m in pat.finditer(q)]
    near = " ".join(q[m.start() : m.end() + MOVE_REACH] for m in spans)
    return {
        rt.name
        for a in focus.asked
        if any(w and re.search(rf"\b{re.escape(w.lower())}", near) for w in (a.said, a.word))
        for rt in a.tracks
    }


def _leans(findings: tuple[Finding, ...] | list[Finding], names: set[str], way: str) -> bool:
    """True when a level finding on ``names``, a fault or a remark under one, points ``way``: "the kick feels
    lost, how much up?" 3 dB under its place is a small nudge asked for; a part measured in place is not."""
    return any(LEVEL_FAULTS.get(f.kind) == way and f.track in names for f in findings)


def _level_fault(problems: list[Finding], names: set[str]) -> Finding | None:
    return next((f for f in problems if f.kind in LEVEL_FAULTS and f.track in names), None)


def _own_move_way(ans: Answer, names: set[str]) -> tuple[str | None, bool]:
    """The way the answer's first move on one of ``names`` goes ('up'/'down', None when it has none), and
    whether it is a fader move (an EQ band's way is not the level's: "raise the organ" is not answered by it)."""
    for sugg in ans.suggestions:
        if sugg.track in names:
            key, size = next(
                ((k, v) for k, v in sugg.params.items() if k in ("delta_db", "gain_db")), ("", None)
            )
            if isinstance(size, (int, float)) and size != 0:
                return ("up" if size > 0 else "down"), key == "delta_db"
    return None, False


TONE_CUT = re.compile(
    r"\b(cut|dip|notch|scoop|tame|take)\w* (out )?(the |some |a bit of |of the )?(boom|mud|harsh\w*|box\w*|honk\w*|"
    r"sizzle|fizz|brightness|low end|lows|highs|mids|low[- ]mids|top)\b",
    re.IGNORECASE,
)
"""A cut of a tone named ("dip the boom", "cut the harshness"): an EQ move, whatever the part's level."""


def directed_amount(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` to "how much should I cut/boost X?" led by the way the meter says X should go."""
    intent = focus.intent
    way = asked_way(intent.question)
    if intent.wants != Wants.HOW_MUCH or hz_move(intent.question) or intent.technique:
        return ans
    if SECTION_BUMP.search(intent.question):
        return ans  # "how many db of bump for those 8 bars?": a lift drawn in over the passage, not the fader's way
    if intent.complaint in TONE_COMPLAINTS and TONE_CUT.search(intent.question):
        return ans  # "how many db should i dip the boom on the acoustic?": an EQ dip's size, not the fader's
    asked = next((a for a in focus.asked if a.found and a.tracks), None)
    if asked is None or focus.session is None:
        return ans
    names = {rt.name for rt in asked.tracks}
    if way is None:  # "how loud should the harmony be?": no way named; a nudge on a part in place is no size
        own, fader = _own_move_way(ans, names)
        if not fader or own is None or _leans(ctx.findings, names, own):
            return ans
        way = own
    quoted = asked.tracks[0].quoted if len(asked.tracks) == 1 else f"the {asked.said}"
    verb = "cut" if way == "down" else "boost"
    fault = _level_fault(list(ctx.problems), names)
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if fault is not None:
        goes = LEVEL_FAULTS[fault.kind]
        if goes == way:
            return ans
        move = recipe(fault, focus.session)
        state = "too quiet already" if goes == "up" else "too loud already"
        head = f"Don't {verb} it: {quoted} is {state}, so it goes {goes}, not {way}."
        if ans.first is fault:
            body = _SIZE_HEAD.sub("", ans.text, count=1)
            ans.text = fit([head, body[:1].upper() + body[1:]], limit, keep=1)
            return ans
        ans.text = fit([head, move.try_text, first_sentence(fault.summary), move.check_text], limit, keep=2)
        return Answer(ans.text, [move], fault)
    own, fader = _own_move_way(ans, names)
    if own == way and not (fader and not _leans(ctx.findings, names, way)):
        # "how much should I cut the bass?" answered by a dip on 'Bass': the way agrees; led by another part's
        # fader, that part is what is off, and the asked part's move waits for it
        return _after_the_lead(ans, names, quoted, limit) or ans
    # a fader move the asked way on a part whose meter points nowhere is a by-ear nudge, not a size it needs
    if (
        own is not None and fader and own != way
    ):  # a fader move on the part itself the other way: that way, not the asked one
        body = _SIZE_HEAD.sub("", ans.text, count=1)
        ans.text = fit(
            [f"Not a {verb}: the move {quoted} needs goes {own}.", body[:1].upper() + body[1:]], limit
        )
        return ans
    if intent.follow_up and not classify(intent.question).instruments and ans.moves and ans.first is not None:
        move = ans.moves[0]  # "ok how much should I cut?" leaning on a part that is fine, the cut just given
        if move_way(move) == way and not set(s.track for s in move.suggestions) & names:
            parts = [f"{size_head(move)} {lower_first(move.try_text)}", first_sentence(ans.first.summary),
                     f"{quoted} itself stays where it is.", move.check_text]  # fmt: skip
            return Answer(fit(parts, limit, keep=2), ans.moves, ans.first)
    state = "too loud" if way == "down" else "too quiet"
    state = state if asked_way(intent.question) else "out of line"  # no way asked: none said back
    head = leave_it(quoted, state, many=len(asked.tracks) > 1)  # "the guitars": two tracks
    rest = NOTHING_SAYS.sub("", _SIZE_HEAD.sub("", _VERDICT_HEAD.sub("", ans.text, count=1), count=1)).strip()
    rest = rest.replace("Its own meter reads", f"The meter on {quoted} reads")
    if ans.first is not None and ans.moves:
        rest = f"What is off instead: {rest[:1].lower() + rest[1:]}" if rest else ""
    rest = rest[:1].upper() + rest[1:]  # the size head gone: "on 'Kick', dip 2 dB ..." starts a sentence
    if ans.first is not None and ans.moves and words(f"{head} {rest}") > limit:
        # too long to follow whole ("bvs too loud under the lead, how much down?" on a quiet lead, answered with
        # the gap real mixes keep first): the fault found and its move, so the text never drops what the card does
        move = ans.moves[0]
        rest = f"What is off instead: {lower_first(first_sentence(ans.first.summary))}"
        return Answer(fit([head, rest, move.try_text, move.check_text], limit, keep=3), ans.moves, ans.first)
    ans.text = fit([head, rest], limit, keep=1)
    return ans


def _after_the_lead(ans: Answer, names: set[str], quoted: str, limit: int) -> Answer | None:
    """ "How much should I cut the pad?" answered by the lead vocal's fader first, the pad's dip behind it: says
    the pad is not what is off, the fader that is, then the pad's move as what may follow; None when the answer
    already leads with the asked part."""
    if not ans.moves or any(s.track in names for s in ans.moves[0].suggestions) or ans.first is None:
        return None
    mine = next((m for m in ans.moves if any(s.track in names for s in m.suggestions)), None)
    if mine is None:
        return None
    lead = ans.moves[0]
    parts = [f"Not much, and not first: {quoted} isn't what is off.", first_sentence(ans.first.summary),
             lead.try_text, f"If {quoted} still covers it after that: {lower_first(first_sentence(mine.try_text))}"]  # fmt: skip
    return Answer(fit(parts, limit, keep=4), ans.moves, ans.first)


def move_way(move: Move) -> str | None:
    """'up' or 'down': the way the first level or EQ gain of ``move`` goes; None when it has neither."""
    for sugg in move.suggestions:
        size = next((v for k, v in sugg.params.items() if k in ("delta_db", "gain_db")), None)
        if isinstance(size, (int, float)) and size != 0:
            return "up" if size > 0 else "down"
    return None


_OR_FADER = (
    # "... or should i just turn it up?": the fader way asked as a move of one's own, after "or"
    r"\bor ((should|do|shall|can|could|would) (i|we) )?(just |simply )?(turn|bring|pull|push|lower|raise|drop|ride|"
    r"move|nudge)\b"
)
FADER_OFFERED = re.compile(
    _OR_FADER + r"|\bor (just )?(use )?(the |its )?fader\b|"
    # the fader offered first: "turn em down or eq the top off?", "fader or eq?"
    r"\b(turn|bring|pull|push|lower|raise|drop|nudge)(ing)? ([\w']+ ){0,3}(down|up|back) or\b|\bfader (move )?or\b|"
    # "should i pull them or eq them?": a lowering verb alone is the fader way down
    r"\b(pull|lower|drop|duck)( them| it| em| 'em| that| this| those| her| him)? or\b",
    re.IGNORECASE,
)
"""'should i eq the pad or just turn it down?', 'turn em down or eq the top off?': a plug-in asked about with the
fader offered as the other way."""


_OTHER_MOVE = re.compile(
    r"\b(layer|double|doubling|stack|add|put|throw|slap|use|get|compress|eq|saturate|replace|swap|re-?record|"
    r"re-?track|retrack|sample|harmon)\w*",
    re.IGNORECASE,
)
"""Another move on the part than its fader: a layer, a double, a plug-in, a new take."""


def other_move_or_fader(question: str) -> bool:
    """True when another move on the part is offered first and its fader after "or" ("do i need to double track
    it or should i just turn it up?"), not two fader ways ("turn the vocal up or the band down?") nor a fader move
    or leaving it ("push it up or leave it alone?")."""
    m = re.search(_OR_FADER, question, re.IGNORECASE)
    return m is not None and _OTHER_MOVE.search(question[: m.start()]) is not None


def fader_offered_opening(
    question: str, move: Move | None, opening: str, asked: frozenset[str] = frozenset()
) -> str:
    """The opening when a plug-in was asked about beside the fader and the fader is the answer: the offered way
    picked ("Turn it down first:"), not a bare "Not first:" to half the question; ``opening`` otherwise. When the
    fader is another part's (``asked``: the asked part's tracks), neither way offered is the move: "Neither
    first:", never "Turn it down first:" read as the asked part's fader ("the kick's weak, compress it or turn it
    up?" with the bass 10 dB over)."""
    if move is None or not FADER_OFFERED.search(question):
        return level_offered_opening(question, move, opening, asked) or tool_faulted_opening(
            question, opening
        )
    if asked and any(s.track not in asked for s in move.suggestions[:1]):
        return "Neither first:"
    # "should i pull them or eq them?": the part said as "them" (a section, a pair) keeps its pronoun
    them = re.search(r"\b(pull|turn|bring|drop|lower|push|raise|duck) (them|em|'em)\b", question, re.I)
    it = "them" if them else "it"
    return {"down": f"Turn {it} down first:", "up": f"Bring {it} up first:"}.get(
        move_way(move) or "", opening
    )


LEVEL_OFFERED = re.compile(
    r"\bor (is|are|was) (it|they|that|something|some ?thing|anything|a track|one (of the )?tracks?|"
    r"(the|my|our) [\w' -]{1,25}?) (just |simply |only |maybe )?((set|sitting|sat|mixed|turned) )?(?P<state>too (?P<quiet>quiet|low|soft|weak)|not loud enough|too (?P<loud>loud|hot|much)|(?P<level>a level thing))\b",
    re.IGNORECASE,
)
"""'should i carve the organ with eq or is the bass just too quiet', 'is my limiter eating the low end or is
something just set too low': the part's level offered as the other story."""


def level_offered_opening(
    question: str, move: Move | None, opening: str, asked: frozenset[str]
) -> str | None:
    """ "It's too quiet, not the EQ:" when a plug-in move and the part's level state are the two sides offered and
    the measured fader move on the asked part goes the way the state says; None otherwise."""
    m = LEVEL_OFFERED.search(question)
    tool = _TOOL.search(question[: m.start()]) if m else None
    if m is None or tool is None or move is None or opening not in ("Not first:", "No, I wouldn't boost it:"):
        return None
    if asked and any(s.track not in asked for s in move.suggestions[:1]):
        return None  # another part's fader is the move: not the level offered
    way = move_way(move)
    said_way = (
        "down" if m.group("loud") else "up" if (m.group("quiet") or "enough" in m.group("state")) else way
    )
    if way is None or way != said_way:
        return None
    word = (m.group("quiet") or m.group("loud") or "").lower()
    state = (
        "the level"
        if m.group("level")
        else f"too {'quiet' if not word else 'loud' if word == 'much' else word}"
    )
    # "or is something just set too low": the subject left open, so the answer says it is one track
    who = "One track is" if re.match(r"or \w+ (some|any|a |one)", m.group(0), re.I) else "It's"
    return f"{who} {state}, not the {_tool_name(tool.group('tool'))}:"


def _tool_name(said: str) -> str:
    said = said.lower()
    if said.startswith("limit"):
        return "limiter"
    if said.startswith(("saturat", "tape")):
        return "tape plug-in" if said.startswith("tape") else "saturation"
    if said in ("reverb", "verb", "delay"):
        return "delay" if said == "delay" else "reverb"
    return "compression" if said.startswith("comp") else "EQ"


_TOOL = re.compile(
    r"\b(?P<tool>eq'?d|eq'?ing|eqs?|equali[sz]\w*|compress\w*|comp'?d|comps?|reverb|verb|delay|limiter|limiting|"
    r"saturat\w*|tape (sat\w*|emulation|plug-?in))\b",
    re.IGNORECASE,
)
_FAULTED = re.compile(
    r"(^\W*|\bor |[.!?]\s+)(so |and |but )?(is|are|was|were|did|have|has|could)\b.*\b(wrong|bad|badly|off|broken|"
    r"mess(ed)? up|screw(ed)? up|botched|funky|weird|too much|overdone|overdid|the (problem|issue|culprit|cause)|to blame|"
    r"at fault|adding (the |that |this |some |all )?(hiss|noise|fizz|sizzle|grit|distortion|harshness))\b",
    re.IGNORECASE,
)
"""'is my kick eq'd wrong?', 'is the compression on the vocal bad?', 'did i mess up the eq on the kick?': the
part's plug-in blamed as the fault, asked yes or no (also as the other story: "... or is my compression the
problem?", or after a statement: "... over the top. is the tape saturation on my master adding hiss")."""


def tool_faulted_opening(question: str, opening: str) -> str:
    """ "Not the EQ:" where the question blames a part's EQ, compression or reverb and the level leads ("Not first:" to
    "is my kick eq'd wrong?" answers no question asked); ``opening`` otherwise."""
    tool = _TOOL.search(question)
    if opening != "Not first:" or tool is None or not _FAULTED.search(question):
        return opening
    return f"Not the {_tool_name(tool.group('tool'))}:"  # "... or is my reverb the problem?"
