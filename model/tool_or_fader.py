"""An either/or between a tool and the fader ("is it the eq or just the fader", "compressor or the level?",
"is that an eq thing or a level thing"), answered with the side that was measured, named against the other.

Why: the router reads such a question as one about the tool named (an EQ asked about, a blanket habit, the
plug-in's bands) and opens with that tool's verdict ("Not first:", "No: your ReaEQ has no cut"), which answers
half the question, or a question nobody asked. An engineer picks one of the two offered: "It's the fader, not
the EQ: ..." when the part sits at the wrong level, "It's the EQ, not the fader: ..." when its level is fine
and what is off is its tone (or its EQ is what makes it loud), and "Neither" when nothing measured on the part
is off. A level claimed before the either/or ("thats too much innit? is it the eq or just the fader") gets its
own yes or no first: "Yes, too loud, and it's the fader, not the EQ: ..."; so does one asked as a yes/no before a
choice of two moves ("the upright's booming a bit much yeah? n should i eq it or just ride the fader"), which the
route alone would open with the move ("Turn it down first:"), the yes lost. The body stays the route's own (the
measurement and its card); only the opening is fitted, so nothing is said that the route did not measure."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.answer_plugin import plugin_answer
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants, complaint_in
from model.intent_claim import LACK_COMPLAINTS
from model.intent_forms import strip_tag
from model.intent_lead import either_state
from model.intent_yes_no import takes_yes_no
from model.phrasing import (
    EXPLAIN_WORDS,
    MAX_WORDS,
    Answer,
    capital,
    first_sentence,
    fit,
    lower_first,
    split_sentences,
)
from model.plugin_blamed import Blame
from model.recipes import recipe
from model.tone_answer import nothing_sentence

TOOL = re.compile(
    r"\b(?P<eq>eq|eqs|eq'?ing|eq'?d|equali[sz]\w*|(cut|cutting|dip|dipping|scoop|scooping|notch|notching|carve|"
    r"carving)( out)?( some| a bit of| a little| the| its| their)? ((low|high|upper)[- ]?mids?|mids|highs|lows|"
    r"low[- ]?end|mud|boom|\d{2,5} ?(hz|k)?))\b|\b(?P<tone>tone|tonal|((low|high|upper)[- ]?mids?|mids|low[- ]?end|bottom[- ]?end|top[- ]?end|highs|lows) "
    r"(thing|problem|issue)|(just|only|simply) (too )?(bright|harsh|dark|dull|muddy|thin|boomy|boxy|brittle|tinny))\b|"
    r"\b(?P<comp>compress\w*|comp|comps|comping)\b|\b(?P<limit>limiter|limiting)\b|\b(?P<pan>pan|panning|panned)\b|"
    # "transient shaper or just louder", "brighten them or bring them up": a shaper, or the tone said as a move
    r"\b(?P<shaper>transient (shaper|designer)s?|shapers?)\b|\b(?P<bright>brighten\w*|darken\w*)\b",
    re.IGNORECASE,
)
"""The tool offered as one side: EQ (or "a tone thing"), compression, the limiter, the panning."""
BARE_CHOICE = re.compile(r"[,;:.!-]\s*(just )?[\w' -]{1,25}? or (just )?[\w' -]{1,25}?\W*$", re.IGNORECASE)
"""A statement, then the two sides bare ("pad feels thin and far away, eq or level"): a pick, not a how-to."""
LEVEL = re.compile(
    r"\b(?P<fader>faders?|(turn|bring|pull|push|ride|drop|lower|raise)(ing)? (it|them|that|this|em|'em) (up|down|back)|"
    # "cut em or eq em": the level cut, set against the EQ
    r"(cut|drop|lower|raise|tame)(ting|ping|ing)? (it|them|em|'em)(?! (at|around|from|by|some|\d))|"
    # "should i pull them or eq them?": a lowering verb alone, right before the "or", is the fader way down
    r"(pull|duck)(ing)? (it|them|em|'em)(?=\s*(or\b|$)))\b|"
    r"\b(?P<loud>too (loud|hot))\b|\b(?P<quiet>too (quiet|low|soft))\b|\b(?P<level>levels?|volume|balance|"
    r"(just )?(louder|quieter)(?! than))\b",
    re.IGNORECASE,
)
"""The fader offered as the other side, in the asker's words: the fader itself (or its move, "turn it down"), the
part's level, or a way it is off ("or is it just too loud")."""
OR = re.compile(r"\bor\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[?.!,;]")
MOVE_CHOICE = re.compile(
    r"^\s*(so |ok |and |but )?(should|shall|can|could|would|do|must) (i|we)\b|^\s*(i|we) (should|need)\b",
    re.IGNORECASE,
)
"""'should i eq the pad or just turn it down': two moves offered, which its route answers with the move to make
("Turn it down first:"); the tool-or-fader verdict is for which of them the fault is."""
TOOL_SAID = {
    "eq": "the EQ",
    "tone": "the tone",
    "comp": "compression",
    "limit": "the limiter",
    "pan": "the panning",
    "shaper": "the transient shaper",
    "bright": "the tone",
}
PLUGIN_KIND = {"the EQ": "eq", "the tone": "eq", "compression": "compressor"}
"""The plug-in each tool names on a part, read from the session (a limiter is the master's)."""
LEVEL_SAID = {"fader": "the fader", "level": "the level", "loud": "the level", "quiet": "the level"}
"""How the fader side is named back; a way said ("or is it just too loud") is answered as the way found."""
LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
TONE_KINDS = (
    FindingKind.MASKING,
    FindingKind.MUDDY,
    FindingKind.BOOMY,
    FindingKind.HARSH,
    FindingKind.DULL,
    FindingKind.THIN,
)
MIX_TONE = {
    "muddy": FindingKind.MUDDY,
    "boomy": FindingKind.BOOMY,
    "harsh": FindingKind.HARSH,
    "dull": FindingKind.DULL,
    "thin": FindingKind.THIN,
}
"""The whole mix's tonal finding for a tone said of a part ("fizzy": harsh)."""
LEVEL_ACTIONS = ("nudge_volume_db", "set_volume_db")
EQ_ACTIONS = ("eq_band", "high_pass", "low_pass")
VERDICT_HEAD = re.compile(
    r"^(Yes|No|Not|Turn|Bring|It's|It is|It isn't|That isn't|Maybe|Possibly|Probably|Most likely|A little|A bit|"
    r"Mostly|One thing|Neither|Leave|The fader)\b[^:.]{0,50}:\s+"
)
"""The route's own opening verdict ("Not by default:", "Turn it down first:", "No:"), replaced by the pick."""
LEVEL_CLAIMS = ("loud", "quiet")
"""The level complaints a clause before the either/or can claim, which its yes or no answers first."""


def offered(question: str, moves: bool = False) -> tuple[str, str, int] | None:
    """(the tool as named back, how the fader side was said, where the "or" is) when ``question`` offers a tool
    and the fader as its two alternatives around one "or", each side naming one of them only; None otherwise (or
    for a choice of two moves, "should i eq it or turn it down", unless ``moves``)."""
    if either_state(question) is not None:
        return None  # "is the vocal level ok or should i eq it": a good state or a move, its route answers
    for m in OR.finditer(question):
        starts = [c.end() for c in CLAUSE_END.finditer(question, 0, m.start())]
        left = question[starts[-1] if starts else 0 : m.start()]
        end = CLAUSE_END.search(question, m.end())
        right = question[m.end() : end.start() if end else len(question)]
        if MOVE_CHOICE.search(left) and not moves:
            return None
        sides = [(TOOL.search(s), LEVEL.search(s)) for s in (left, right)]
        for (tool, _), (_, level) in (sides, sides[::-1]):
            if tool is None or level is None:
                continue
            if any(tool_said and level_said for tool_said, level_said in sides):
                continue  # one side names both ("eq level or ..."): not a choice between them
            name = next(k for k, v in tool.groupdict().items() if v)
            said = next(k for k, v in level.groupdict().items() if v)
            return TOOL_SAID[name], said, m.start()
    return None


def _side(ctx: MixContext, focus: Focus, ans: Answer) -> tuple[str, Finding | None, str | None]:
    """'level', 'tone' or 'neither': which side the measurement takes, its finding, and the part it is on when
    that is not a part asked about (the one covering it: "can't hear the vocal ... is that an eq thing?")."""
    names = {rt.name for rt in focus.tracks}
    card = next((s for s in ans.suggestions if s.track in names), None)
    lead = ans.first if ans.first is not None and ans.first.track in names and ans.first.is_problem else None
    if card is not None and lead is not None:
        if card.action in LEVEL_ACTIONS:
            return "level", lead, None
        if card.action in EQ_ACTIONS and lead.kind in TONE_KINDS:
            return (
                "tone",
                lead,
                None,
            )  # its EQ is off where it covers another part, even if that makes it loud
    where: list[tuple[set[str | None], str | None]] = [(set(names), None)]
    where += [({f.track}, f.track) for f in _covering(ctx, names)]
    for on, other in where:
        own = [f for f in ctx.problems if f.track in on and not f.is_lean]
        level = next((f for f in own if f.kind in LEVEL_KINDS), None)
        tone = next((f for f in own if f.kind in TONE_KINDS), None)
        if level is not None or tone is not None:
            return ("level", level, other) if level is not None else ("tone", tone, other)
    # "gtrs thin n fizzy, too quiet or a tone thing?" at a fine level, the mix leaning harsh where they are strong
    # and the answer's EQ move on them: the tone side
    said = {MIX_TONE.get(w) for w in (focus.intent.tone, focus.intent.complaint)} - {None}
    eq_on_part = any(s.action in EQ_ACTIONS and s.track in names for s in ans.suggestions)
    mix_tone = next(
        (f for f in ctx.findings if f.track is None and f.kind in said and f.severity >= 0.3), None
    )
    if mix_tone is not None and eq_on_part:
        return "tone", mix_tone, None
    return "neither", None, None


def _covering(ctx: MixContext, names: set[str]) -> list[Finding]:
    """The clashes in which another part covers a part asked about: what holds it back when it is fine itself."""
    return [
        f
        for f in ctx.problems
        if f.kind is FindingKind.MASKING and f.evidence.get("other_track") in names and f.track not in names
    ]


def _claim_head(claim: str | None, finding: Finding | None) -> str:
    """The yes or no to a level claimed before the either/or ("thats too much innit?"), or ""."""
    if claim not in LEVEL_CLAIMS:
        return ""
    if finding is None or finding.kind not in LEVEL_KINDS:
        return "No"
    way = "loud" if finding.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
    return f"Yes, too {way}" if way == claim else f"No, the opposite: too {way}"


def _neither_body(ctx: MixContext, focus: Focus, body: str) -> str:
    """What was measured on the part when nothing on it is off: the route's own "nothing I measured says" when it
    gave one, else the part's meter."""
    if body.lower().startswith("nothing i measured"):
        return body
    ev = track_evidence(ctx, focus.tracks[0])
    meter = ev.measured_level()
    said = nothing_sentence(ev, None) + (f" {capital(meter)}." if meter else "")
    return f"{said} {capital(body)}" if body else said


def tool_or_fader(ctx: MixContext, focus: Focus, ans: Answer, plugged: Answer) -> Answer:
    """The answer opening with the side of a tool-or-fader either/or that was measured on the part asked about;
    ``plugged`` (``ans`` led by what the blamed plug-in does, or ``ans`` itself) for any other question."""
    intent = focus.intent
    asked = intent.wants in (Wants.JUDGE, Wants.LISTEN) or (  # "too quiet or does it need eq": still a pick
        intent.wants == Wants.HOW_TO
        and (takes_yes_no(intent.question, intent.tag) or BARE_CHOICE.search(intent.question) is not None)
    )
    # "what should i do first, eq or fader?": the first move asked as a pick of the two
    asked = asked or (intent.wants == Wants.WHAT_FIRST and BARE_CHOICE.search(intent.question) is not None)
    pair = None
    if asked and focus.tracks and ctx.analysis is not None:
        pair = offered(intent.question) or claimed_move_choice(intent.question, intent.instruments)
    if pair is None:
        return (
            _no_move_needed(ctx, focus, plugged)
            if asked and focus.tracks and ctx.analysis is not None
            else plugged
        )
    tool, level, at = pair
    ans, fact = _with_plugin(ctx, focus, ans, plugged, tool)
    side, finding, other = _side(ctx, focus, ans)
    if finding is not None and finding.track and not any(s.track == finding.track for s in ans.suggestions):
        ans = _measured(focus, finding)  # the route answered the tool's craft: the finding and its own move
        if not ans.moves:
            return plugged
    claim = complaint_in(_before(intent.question, at), intent.instruments)
    said_way = level in LEVEL_CLAIMS and side == "level"  # "or is it just too quiet": the way is said once
    yes_no = (
        "" if other or said_way else _claim_head(claim, finding if side == "level" else _level_of(ctx, focus))
    )
    body = _strip_verdict(ans.text)
    on = f" on {other!r}" if other else ""  # the part covering the one asked about
    if side == "level":
        pick = f"it's {_level_pick(level, finding, bool(yes_no)) if not other else LEVEL_SAID[level]}{on}, not {tool}"
    elif side == "tone" and tool in ("the EQ", "the tone"):
        pick = f"it's {tool}{on}, not {LEVEL_SAID[level]}"
    elif side == "tone":
        pick = f"neither {tool} nor {LEVEL_SAID[level]} first: it's the tone{on}"
    else:
        pick = "neither needs changing" if yes_no else "neither, as far as I can measure"
        body = _neither_body(ctx, focus, body)
    head = f"{yes_no}, and {pick}:" if yes_no else f"{capital(pick)}:"
    parts = split_sentences(f"{head} {lower_first(body)}")
    if fact:
        parts.insert(min(2, len(parts)), fact)  # after the finding and its move, before the rest
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=2), ans.moves, ans.first)


def _no_move_needed(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """ "should i eq the bass or just pull the fader down?" on a part with nothing off: neither move, said as such
    (the fader route alone answered "No: nothing I measured says 'Bass' is too loud", the EQ never answered);
    ``ans`` for a move choice with a fault measured (its route opens with the move) or any other question."""
    if offered(focus.intent.question, moves=True) is None or _side(ctx, focus, ans)[0] != "neither":
        return ans
    body = _neither_body(ctx, focus, _strip_verdict(ans.text))
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(
        fit(split_sentences(f"Neither needs it, as far as I can measure: {lower_first(body)}"), limit)
    )


def claimed_move_choice(question: str, instruments: tuple[str, ...]) -> tuple[str, str, int] | None:
    """``offered`` for a choice of two moves asked after a level claim put as a yes/no ("the upright's booming a
    bit much yeah? n should i eq it or just ride the fader"): the route's move opening ("Turn it down first:")
    would drop the claim's yes or no, so the pick answers both; None for a claim stated ("the pad's too loud,
    should i eq it or turn it down"), which only asks the move."""
    pair = offered(question, moves=True)
    if pair is None:
        return None
    before = _before(question, pair[2])
    if complaint_in(before, instruments) not in LEVEL_CLAIMS:
        return None
    asked = takes_yes_no(before, False) or strip_tag(before.rstrip(" ,;"))[1]
    return pair if asked else None


def _with_plugin(
    ctx: MixContext, focus: Focus, ans: Answer, plugged: Answer, tool: str
) -> tuple[Answer, str]:
    """The answer to build on, and what the tool's plug-in on the part does as a supporting sentence ("your
    ReaEQ on 'Snare' only has a high-pass"): its own EQ, when it boosts where the part covers another, is the
    answer itself."""
    if plugged is ans and tool in PLUGIN_KIND:  # "is it the eq or the fader": that EQ, with no "on the snare"
        lack = focus.intent.complaint in LACK_COMPLAINTS
        said = next(a.said for a in focus.asked if a.found)  # the part as named, where its plug-in sits
        plugged = plugin_answer(ctx, focus, ans, Blame(PLUGIN_KIND[tool], said, False, lack))
    if plugged is ans:
        return ans, ""
    if plugged.suggestions[:1] == ans.suggestions[:1]:  # the plug-in's verdict, the route's move: support
        support = capital(_strip_verdict(split_sentences(plugged.text)[0]))
        # the move already says it has none (and to add one): no "so it isn't that" beside it
        if tool == "compression" and "it has no compressor either" in ans.text:
            return ans, ""
        return ans, support
    if _side(ctx, focus, plugged)[:3:2] == ("tone", None):
        return plugged, ""
    return ans, ""  # its move on a band the measurement does not point to: not said over the measured fault


def _measured(focus: Focus, finding: Finding) -> Answer:
    """What was measured and its move, from the finding itself, where the route answered something else."""
    move = recipe(finding, focus.session)
    text = " ".join(t for t in (first_sentence(finding.summary), move.try_text, move.check_text) if t)
    return Answer(text, [move] if move.suggestions else [], finding)


def _level_pick(said: str, finding: Finding | None, way_said: bool) -> str:
    """The fader side named back as the asker named it ("the fader"), the level with the way it is off unless
    the claim's yes or no already said it, or the way found when they said one ("too loud")."""
    if said == "fader" or finding is None:
        return LEVEL_SAID[said]
    way = "loud" if finding.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
    if said == "level":
        return "the level" if way_said else f"the level, too {way}"
    return f"too {way}" if way == said else f"the level, too {way}"


def _strip_verdict(text: str) -> str:
    """``text`` without the verdict a route opened it with."""
    m = VERDICT_HEAD.match(text)
    return text[m.end() :] if m else text


def _before(question: str, at: int) -> str:
    """The clauses before the either/or's own ("snare too loud, " of "snare too loud, is it the eq or the
    fader"): where a level claimed of the part is said."""
    starts = [c.end() for c in CLAUSE_END.finditer(question, 0, at)]
    return question[: starts[-1]] if starts else ""


def _level_of(ctx: MixContext, focus: Focus) -> Finding | None:
    names = {rt.name for rt in focus.tracks}
    return next(
        (f for f in ctx.problems if f.track in names and f.kind in LEVEL_KINDS and not f.is_lean), None
    )
