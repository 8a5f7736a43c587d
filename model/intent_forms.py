"""Question forms beyond their words: a tag after a statement ("..., right?", "isn't it?", "or am I overthinking
it?") makes the statement a yes/no question, and an EQ move asked about on the whole mix ("should I boost 60 Hz
on the master?") says which complaint the user hears (thin), so its cause can be looked for."""

from __future__ import annotations

import re
from collections.abc import Callable

from model.intent_lead import opinion_tag
from model.room_for import asks_room_for
from model.state_right_tag import state_right_tag

_TAG = re.compile(
    r"(\s*[,;]\s*|\s+)(isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|wasn'?t|won'?t|hasn'?t|haven'?t|shouldn'?t|wouldn'?t|"
    r"can'?t) (it|that|this|they|there|those|these|he|she|i|we)( not)?\s*\?*\s*$|"
    r"\s*[,;]\s*(right|no|yeah|yes|correct|true|huh|eh|agreed?|do you agree|you agree|innit|yes or no|am i right|"
    r"would you agree|"
    r"you think|or what|(is )?that it|(is )?that right|(is )?that (the|my) (problem|issue|culprit|cause))\s*\?*\s*$|"
    r"(\s*[,;]\s*|\s+)(don'?t you think|wouldn'?t you (say|agree)|am i right|or not|or nah|or no|or nope|or what|"
    r"yes or no|y/n|or is it( just)? me|"
    r"or am i (just )?(wrong|crazy|imagining( it| things)?|overthinking( it| this| things)?|hearing things|being paranoid|"
    r"paranoid|making (it|this) up|trippin'?g?|tripping|bugg?in'?g?|losing it|deaf|nuts|mad))\s*\?*\s*$",
    re.IGNORECASE,
)
"""A tag after a statement ("piano's hogging the mix, isn't it?", "the guitar is drowning out the horns, right?",
"is anything too loud or am I overthinking it?"): the statement is the question, asked for a yes or no."""


_BARE_TAG = re.compile(
    r"\s+(right|correct|yeah|huh|eh|no|innit)\s*\?+\s*$|\s+(huh|eh|innit|yeah|yea|ya)\s*$", re.IGNORECASE
)
"""A tag typed without its comma ("synth bass is eating the whole track right?"); "huh", "eh" and "innit" are
tags even without a question mark ("the brass is a bit loud huh"), and so is "yeah" ("too quiet yeah"), never a
statement's own last word."""
_NOT_A_STATEMENT = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|does|do|did|has|have|was|were|will|would|could|can|am|should|what|how|which|"
    r"where|who|why)\b|\b(sit|sits|sitting|sound|sounds|look|looks|feel|feels|set|done|it|that|this|go)\s*$",
    re.IGNORECASE,
)
"""Not a statement with a bare tag: a question of its own ("does the vocal sit right?"), or "right" that is
the statement's own word ("is that right?")."""


_PLACE_END = re.compile(
    r"\b(to the|towards the|hard|more|far|further|panned|pan it|pan them)\s*$", re.IGNORECASE
)
"""Words a side of the stereo field follows ("more to the", "hard", "too far")."""


def _side(text: str, bare: re.Match[str]) -> bool:
    """True when a bare "right?" is the stereo field's side, not a tag ("hats more to the right?", "pan it hard
    right?"); "horns fader is up too far is it" keeps its tag."""
    return (bare.group(1) or "").lower() == "right" and _PLACE_END.search(text[: bare.start()]) is not None


_NEGATED_TAG = re.compile(
    r"\b(isn'?t|aren'?t|doesn'?t|don'?t|not|never|no)\b[^?,;]*?(\s*[,;]\s*|\s+)(?P<tag>(is|are|does|do|was|were|has|have) "
    r"(it|that|this|they|he|she|there|those|these))\s*\?*\s*$",
    re.IGNORECASE,
)
"""A positive tag after a negated statement ("that shaker isn't too loud, is it?", "bass doesn't need more, does
it?"): the negated statement is the question, asked for a yes or no."""


_POSITIVE_TAG = re.compile(
    r"(\s*[,;]\s*|\s+)(is|are|was|were|has|have) (it|that|this|they|he|she)\s*\?*\s*$", re.IGNORECASE
)
"""A positive tag after a positive statement ("left gtr fader is up too high is it", "keys sound loud, are
they?"): the statement asked back for a yes or no, with or without its comma or question mark."""
_WH_WORD = re.compile(r"\b(what|whats|what's|which|where|who|how|why|when)\b", re.IGNORECASE)
"""A question word in the clause before "is it" ("one fix before i send it, what is it"): its own question."""


def _positive_tag(text: str) -> re.Match[str] | None:
    """Where a positive tag closes a statement of ``text``, or None (a question of its own before it)."""
    m = _POSITIVE_TAG.search(text)
    if m is None:
        return None
    before = text[: m.start()]
    clause = re.split(r"[,;.!?]", before)[-1]
    return None if _NOT_A_STATEMENT.search(clause) or _WH_WORD.search(clause) else m


def strip_tag(text: str) -> tuple[str, bool]:
    """The statement of a tag question as a question ("the kick's lost, right?" -> "the kick's lost?"), and
    whether there was a tag; a tag with no statement before it ("right?") is left as it is."""
    m = _TAG.search(text) or opinion_tag(text)
    neg = _NEGATED_TAG.search(text) if m is None else None
    if neg is not None:
        return text[: neg.start("tag")].rstrip(" ,;") + "?", True
    if m is None:
        m = _positive_tag(text)
    if m is None:
        bare = _BARE_TAG.search(text)
        if bare is not None and not _NOT_A_STATEMENT.search(text[: bare.start()]) and not _side(text, bare):
            m = bare
        elif (right := state_right_tag(text)) is not None:  # "the vocal's fine right": no comma, no "?"
            return text[: right.start("tag")].rstrip(" ,;") + "?", True
    if m is None and (rest := text.partition("?")[2].strip()):
        # "kick's alright yeah? was gonna give it more low end": the tag closes the first sentence, not the last
        first, tagged = strip_tag(text.partition("?")[0] + "?")
        return (f"{first} {rest}", True) if tagged else (text, False)
    if m is None or (len(text[: m.start()].split()) < 2 and not _ONE_WORD_CLAIM.match(text[: m.start()])):
        return text, False
    if _REQUEST.match(text[: m.start()]):
        return (
            text,
            False,
        )  # "listen to the drums, what do you think": an opinion asked for, no claim to agree with
    return text[: m.start()].rstrip(" ,;") + "?", True


_REQUEST = re.compile(
    r"^\W*(ok |so |hey |yo )?(please )?(listen|have a listen|take a listen|give (it|this|that) a (listen|spin)|check( out)?|"
    r"hear|play|look at|tell me about)\b",
    re.IGNORECASE,
)
"""A request before an opinion tag ("listen to the drums, what do you think"): the tag asks an open opinion."""


_ONE_WORD_CLAIM = re.compile(
    r"^\W*(?:too |so |kinda |way |bit )?(?:harsh|muddy|boomy|boxy|thin|dull|bright|dark|loud|quiet|squashed|"
    r"distorted|muffled|tinny|shrill|piercing|crowded|cluttered)\W*$",
    re.IGNORECASE,
)
"""A claim said in one word before a tag ("harsh, or am i imagining it?"): a statement, though one word long."""
_EQ_MOVE = re.compile(
    # "crank the 5k area on it": a boost said with a louder verb
    r"\b(?P<way>boost|add|cut|dip|scoop|lift|raise|pull|take|crank|push|bump)\w* (out )?(\w+ ){0,2}?((at|around|near|@) )?(?P<hz>\d+(\.\d+)?) ?(?P<k>k|khz)?(hz)?\b|"
    r"\b(?P<way2>boost|add|cut|dip|scoop|lift|raise|pull|take|roll|trim|reduce|tame)\w* ([\w']+ ){0,2}?(the )?(?P<band>low[- ]?end|lows|bass|bottom|"
    r"sub|low[- ]?mids|mids|highs|top[- ]?end|high[- ]?end|air|treble)\b",
    re.IGNORECASE,
)
_BOOSTS = ("boost", "add", "lift", "raise", "crank", "push", "bump")
_BAND_HZ = {"low end": 60.0, "lowend": 60.0, "lows": 60.0, "bass": 60.0, "bottom": 60.0, "sub": 40.0,
            "low mids": 300.0, "lowmids": 300.0, "low-mids": 300.0, "low-end": 60.0, "mids": 1000.0,
            "highs": 10000.0, "top end": 10000.0, "topend": 10000.0, "top-end": 10000.0, "high end": 10000.0,
            "highend": 10000.0, "high-end": 10000.0, "air": 12000.0, "treble": 8000.0}  # fmt: skip


def hz_move(text: str) -> bool:
    """True when ``text`` asks for a cut or boost at a frequency ("cut 250 on the kick", "boost like 80hz", "boost
    the snare at 200"): an EQ
    move whatever word names it; "boost the bass" alone is not (it may mean its fader), nor "boost it 30 dB"."""
    m = _EQ_MOVE.search(text)
    if m is None or m.group("hz") is None or re.match(r"\s?db\b", text[m.end("hz") :], re.IGNORECASE):
        return False
    return float(m.group("hz")) * (1000.0 if m.group("k") else 1.0) >= 20.0


def without_hz_move(text: str) -> str:
    """``text`` with the EQ move it asks about taken out ("bass feels thin, worth boosting 100hz?" -> "bass feels
    thin, worth ?"): what else it says, such as a complaint said in words."""
    return _EQ_MOVE.sub(" ", text, count=1)


def asked_hz(text: str) -> tuple[float, bool] | None:
    """(the frequency, True for a boost) of the EQ move at a frequency ``text`` asks about ("should i boost 5k on
    the vocal?": 5000 Hz, a boost); None when it names no move at a frequency (``hz_move``)."""
    m = _EQ_MOVE.search(text)
    if m is None or not hz_move(text):
        return None
    return float(m.group("hz")) * (1000.0 if m.group("k") else 1.0), (
        m.group("way") or ""
    ).lower().startswith(_BOOSTS)


def move_complaint(text: str) -> str | None:
    """The complaint an EQ move asked about implies ("should I boost 60 Hz on the master?": the low end feels
    thin; "cut 300 Hz?": muddy), so its cause can be looked for; None when the move says nothing that clear."""
    if re.search(r"high[- ]?pass\w*|\bhpf\b|low[- ]?cut", text, re.IGNORECASE):
        return "boomy"  # a high-pass on the whole mix takes low end away: the user hears too much of it
    m = _EQ_MOVE.search(text)
    if m is None:
        return None
    boost = (m.group("way") or m.group("way2") or "").lower().startswith(_BOOSTS)
    if m.group("hz"):
        hz = float(m.group("hz")) * (1000.0 if m.group("k") else 1.0)
    else:
        hz = _BAND_HZ.get((m.group("band") or "").lower(), 0.0)
    if hz < 20.0:
        return None
    if hz <= 150.0:
        return "thin" if boost else "boomy"
    if 200.0 <= hz <= 600.0 and not boost:
        return "muddy"
    if 2000.0 <= hz <= 5000.0 and not boost:
        return "harsh"
    if hz >= 6000.0 and boost:
        return "dull"
    return None


def part_cut_complaint(text: str) -> str | None:
    """ "should I cut the guitar lows?", "scoop the low mids out of the keys?": a cut in a named band on a part
    says the asker hears too much of that band there (boomy, muddy, harsh), the complaint its cause is judged by;
    None for a boost, a cut at a number (an EQ move of its own), no band named or "the bass" (the part)."""
    m = _EQ_MOVE.search(text)
    if m is None or m.group("hz") or (m.group("way2") or "").lower().startswith(_BOOSTS):
        return None
    if (m.group("band") or "").lower() == "bass":
        return None  # "cut the bass": the part itself, its level
    return move_complaint(text)


def implied_move_complaint(text: str, technique: str | None, on_part: int) -> str | None:
    """The complaint a move asked about implies: an EQ move on the whole mix (``move_complaint``), a band cut on
    a named part (``part_cut_complaint``), with no technique other than EQ named; one part made room in for
    another (``on_part``: how many parts are named) is a clash; None otherwise."""
    if not on_part:
        return move_complaint(text) if technique == "eq" else None
    if technique in (None, "eq") and on_part >= 2 and asks_room_for(text):
        return "clash"  # "eq the guitar so the vocal comes through": room made in one part for another
    return part_cut_complaint(text) if technique in (None, "eq") else None


_BOOST_VERB = re.compile(
    r"\b(should|do|can|could|would|shall) i (just |maybe |simply )?(boost|raise|lift|push|crank|bump|brighten|"
    r"turn up|bring up|pump up)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_CUT_WORDS = re.compile(r"\b(cut|dip|scoop|high[- ]?pass|low[- ]?cut|down)\b", re.IGNORECASE)


def boosts_part(text: str, instruments_in: Callable[[str], tuple[str, ...]]) -> bool:
    """ "should I just boost the vocal?", "should I boost the highs on the vocal?": a move that adds to a named
    part (its fader or an EQ boost), asked as yes or no; when another part covers it, the answer is no, dip
    that part. ``instruments_in`` names the instruments in a piece of text."""
    m = _BOOST_VERB.search(text)
    return m is not None and not _CUT_WORDS.search(m.group("rest")) and bool(instruments_in(m.group("rest")))


_YES_NO_CLAUSE = re.compile(
    r"(^|[?;,.!]\s*|\b(and|so|but|also|plus)\s+|([?;,.!]\s*|\s)or\s+)(is|are|does|do|did|should|was|were|am|has|isn'?t|doesn'?t|"
    r"aren'?t|shouldn'?t|hasn'?t)\s+(?!you\b|there (a|any) way)\w+|"
    # "..., have i pushed it too far": "have" asks only with its subject ("have a listen" is a request)
    r"(^|[?;,.!]\s*|\b(and|so|but|also|plus)\s+)(have|haven'?t) (i|we|they|those|these)\b|"
    # "..., would a pro push the sub": what an engineer would do, asked as a yes or no
    r"(^|[?;,.!]\s*|\b(and|so|but|also|plus)\s+)(would|will|could)n?'?t? (a |an |most |real |other )?"
    r"(pros?|engineers?|mix(ing)? engineers?|mixers?|producers?)\b|(^|[,;.!]\s*)[\w' ]{0,40}\btoo \w+\s*\?|"
    r"\b(is|are|was|were|isn'?t|aren'?t) (it|that|this|they|those|these) (\w+ )?(too|enough|ok|okay|fine|bad|wrong|off|"
    r"normal|right|the problem)\b",
    re.IGNORECASE,
)
"""A clause that asks for a yes or no ("snare too loud? and what do I do about it", "the harmony is louder than
the lead, is that bad", "gtr is blasting, has that fader crept up too far", run on: "that shaker is annoying is
it too loud"): a yes/no asked alongside a how-to leads the answer (which then gives the move)."""


def has_yes_no_clause(text: str) -> bool:
    """True when some clause of ``text`` is a yes/no question, not a request ("can you help?")."""
    return _YES_NO_CLAUSE.search(text) is not None


LOW_END = re.compile(
    r"\b(the |my )?(lows|low[- ]?end|bottom[- ]?end|subs|sub[- ]?bass|low frequencies)\b", re.IGNORECASE
)
"""The low end named as a subject ("the lows are overpowering", "the low end is weak"): its level is the low
end's share of the mix (boomy or thin), not the mix's loudness."""
TOP_END = re.compile(
    r"\b(the |my )?(top[- ]?end|high[- ]?end|highs|top)\b(?! (priority|thing|of)\b)", re.IGNORECASE
)
"""The top end named as a subject ("the top end way too hot?", "is the high end too much?"): its level is the
share of the parts that live up there (hats, cymbals, air), or a dull lean when too quiet, not the mix's
loudness."""


def low_end_said(
    text: str, pattern: str, instruments: tuple[str, ...], words: Callable[[str], tuple[str, ...]]
) -> bool:
    """True when a level complaint (``pattern``) is said of the low end: no part named at all, or the low end is the
    subject of the complaint's own clause and no part is named in it ("the low end is swamping everything, should i
    high pass the guitars?": the guitars are the move proposed, the low end the complaint)."""
    if not LOW_END.search(text):
        return False
    if not instruments:
        return True
    claims = list(re.finditer(pattern, text, re.IGNORECASE))
    if not claims:
        return False
    clauses = [_clause_of(text, m) for m in claims]
    if any(words(clause) for clause, _ in clauses[1:]):
        return False  # "the low end feels like a lot, bass too loud or ...": the part's own claim is asked
    clause, at = clauses[0]
    low = LOW_END.search(clause)
    return low is not None and low.start() < at and not words(clause)


def _clause_of(text: str, said: re.Match[str]) -> tuple[str, int]:
    """The clause around a match, and where the match starts in it."""
    start = max(text.rfind(c, 0, said.start()) for c in ",;.?!") + 1
    ends = [i for i in (text.find(c, said.end()) for c in ",;.?!") if i >= 0]
    return text[start : min(ends, default=len(text))], said.start() - start


CUT_Q = re.compile(
    r"^\s*(so |ok |and |but )?(should|do|must) i (just |maybe |also )?(cut|lower|dip|drop|tuck|pull|turn|bring|take|back)"
    r"\b(?!.*\b(up|louder)\b)",
    re.IGNORECASE,
)
"""'should I cut the guitars a bit?', 'do I pull the pad down?': a cut asked about, so a part measured too loud
means yes and nothing measured means no (not 'it's fine', which answers a different question)."""
OR_LEAVE_IT = re.compile(
    r"^\s*(so |ok |and |but )?(should|do|can|must) i\b.*\bor (is|are) (it|they|that|this|those|these) "
    r"(ok|okay|fine|alright|good)\b",
    re.IGNORECASE,
)
"""'should I cut the guitars, or are they ok?': the move is the question; 'or are they ok' is its other answer,
so a problem found is a yes to the move, not a no to 'ok'."""
_POSITION = re.compile(
    # "everything feels stuck behind the drums": the part in front holding the rest back, not where it is heard from
    r"(?<!stuck )(?<!trapped )(?<!hidden )(?<!caught )(?<!lost )"
    r"\b(under|underneath|beneath|below|behind|around|supporting) (the |my |our |your )?[\w-]+( [\w-]+)?|"
    # "a gap between the gtrs n the vocal, something's missing": the two parts say where the hole is
    # ("a tug of war between kick n bass", "a fight between ...": the two parts fighting, asked about)
    r"(?<!war )(?<!fight )(?<!battle )(?<!clash )(?<!competition )"
    r"\bbetween (the |my |our |your )?[\w-]+ (and|n|&|\+) (the |my |our |your )?[\w-]+",
    re.IGNORECASE,
)


_UNNAMED_SUBJECT = re.compile(
    r"\b(some|any) ?(thing|one|part|track|instrument)s?\b|\bwhat('?s| is) (missing|lacking|absent)\b",
    re.IGNORECASE,
)
"""'is something too quiet', 'anything missing': a part asked about without its name."""


_HOLE = re.compile(r"\b(an? (\w+ )?(gap|hole)|void|emptiness|empty)\b[^.?!,]{0,12}$", re.IGNORECASE)
"""'a hole between the guitars and the vocal': what is missing placed between two parts, neither of them asked
("the gap between the kick and the bass" is their level difference, asked)."""


def without_position(text: str, whole: re.Pattern[str]) -> str:
    """'the song feels empty under the vocal': a part named only as where the whole song is heard from is not
    what is asked about (the rest is), so its words are left out when the whole song is the subject, or an
    unnamed part is ("feels empty behind the singer, is something too quiet?": something, not the singer)."""
    m = _POSITION.search(text)
    if m is None:
        return text
    rest = text[: m.start()] + text[m.end() :]
    hole = m.group(0).lower().startswith("between") and _HOLE.search(text[: m.start()])
    if not (whole.search(text[: m.start()]) or _UNNAMED_SUBJECT.search(rest) or hole):
        return text
    return rest


MIX_SUBJECT = r"(it|this|(the|this|my|your|ur|our) (mix|song|track|tune|beat|record|thing|one|master|bounce))"
"""The whole song as the subject of a state ("this mix", "my song", "this one"): never a part's name."""

_FIDDLE = r"(fiddl|tweak|twiddl|fuss|noodl|tinker|polish|mess|futz)\w*"

ASKER = re.compile(r"\b(me|myself)\b", re.IGNORECASE)
"""The asker standing for their own part ("turn me up", "or should i bring myself up?"): which part that is, the
question has to say elsewhere ("my vocal")."""
ASKER_MOVED = re.compile(
    r"\b(turn|bring|push|pull|raise|lower|boost|drop|nudge|lift|crank|put|get)\s+(me|myself)\s+(up|down|louder|quieter)\b",
    re.IGNORECASE,
)
"""The asker's own part as the object of a move ("turn me up", "should i bring myself up"), not "fine to me" or
"driving me up the wall"."""
READY_Q = re.compile(
    r"\b(ready|good|ok|okay|fine|done|finished|safe|solid|decent)( enough)? (to|for) (export|bounce|print|render|master|release|upload|"
    r"send|go|mastering|share|post|ship|submit|deliver|hand (it |this |the mix )?(off|over|in)|"
    r"pass (it |this |the mix )?(on|along))\w*|"
    # "would this pass a mastering engineers sniff test?": the mix held to someone's check, ready or not
    r"\b(pass|passes|survive|survives|get past|make it past) (a|an|the|his|her|their|any|my)\b[\w' -]{0,35}?"
    r"\b(test|check|muster|inspection|qc|review|ears?)\b|"
    # "ok to send it to mastering?" with its "ok" read as a lead-in: "to send it ..." alone, still the ready ask
    r"^\W*to (bounce|export|print|render|release|upload|send|master|ship|submit|deliver|hand|pass)\b|"
    # "can i hand it off to the mastering guy yet?", "ok to ship?": the mix leaving the asker's hands
    r"\bcan (i|we|u) (now |just |finally )?(bounce|export|print|render|release|upload|send|master|call it|share|post|finish|publish|"
    r"finalize|finalise|ship|submit|deliver|hand (it |this |the mix )?(off|over|in))\b|\b(am i|are we) (done|finished|ready|there yet|good to go)\b|"
    # "is this mix finished", "is my song basically done", "is the track there yet", "this one ready?"
    rf"\b(is|'?s) {MIX_SUBJECT}( \w+)? (done|finished|complete|completed|ready|there yet|good to go)\b|"
    rf"^\W*(so |ok |and )?(this|that) (one|mix|song|track|thing) (done|finished|ready)\b|"
    # "or am I gonna keep fiddling with it forever", "should I stop tweaking now", "time to bounce?"
    rf"\bkeep (on )?{_FIDDLE}( ((with|w/?|on|at|around with) )?{MIX_SUBJECT})?( forever| endlessly| all (day|night|week))?"
    r"\s*\W*$|\b(can|could|should|do) (i|we) (just |finally )?(stop|quit) (here|now|there|mixing|tweaking|fiddling|"
    r"touching it|working on it)\b|"
    # a statement asked back: "so i can quit fiddling n bounce it then, yeah?", "i can export now?"
    rf"\b(i|we) can (now |just |finally )?((stop|quit) {_FIDDLE}( ((with|w/?|on|at) )?{MIX_SUBJECT})? (and |n |& |, )?)?"
    r"(bounce|export|print|render|release|upload|send|master|call it)\b|\btime to (bounce|export|print|render|call it|wrap|master|release|send|let (it|this) go)\b|"
    r"^\W*(so |ok |and )?(done|finished|ready|good to go|release ready)( yet| now)?\s*\?+\W*$|\b(done|finished) yet\b|"
    # "send it to mastering or not yet", "bounce it or not?": the move to finish offered with its refusal
    r"^\W*(so |ok |and )?(send|bounce|export|print|ship|release|master) (it|this|this mix|the mix)\b[^?]{0,40}\bor not\b",
    re.IGNORECASE,
)
"""'is the mix ready to export?', 'can I bounce it now?', 'is this mix finished or will I keep fiddling with it
forever?': whether the mix is in a good state to finish, so a problem found means not yet and a lean alone (act
only if you hear it) means yes, go ahead."""

REASON_NOT_Q = re.compile(
    r"\bany (reason|cause|red flags?) (not to|to wait|to hold( it)? off|to hold back|why (i|we) (shouldn'?t|can'?t))\b|"
    r"\b(anything|something) (stopping|holding) (me|us|it|this) (back|from)\b|\bwhy (not|shouldn'?t i)\s*\?*\s*$",
    re.IGNORECASE,
)
"""'gonna send it tonight, any reason not to?': whether something stands in the way of finishing, so a problem
found is yes (here it is) and a lean alone (act only if you hear it) is no."""


_OFTEN = r"(?! (\w+ )?(single |other |few |last )?(bar|beat|hit|note|word|time|second|other|phrase|chorus|verse|measure|line|loop|bit|now|so)s?\b)"
"""'every bar', 'on every hit', 'every so often': how often a part does something, not a habit on every track."""
BLANKET = re.compile(rf"\b(on|to|for) (every|all|each)( of)?{_OFTEN} (the |my )?\w+|\bby default\b|\balways\b|\bevery\b{_OFTEN}|"
                     r"\b(on|to) everything\b|\bas a rule\b|\ball (of )?(my|the) (tracks|instruments|parts|channels|vocals)\b",
                     re.IGNORECASE)  # fmt: skip
"""'should I put a de-esser on every vocal by default?': a habit asked about, not a move on this track: the honest
answer is not by default, only where a track needs it, then what this session shows."""
ALL_DOWN = re.compile(
    r"\b(drag|drop|pull|turn|bring|knock|take|lower|push)\b[^?.!]{0,10}\b(every (instrument|track|part|channel|fader)|"
    r"everything( else)?|all the (others|rest|other|instruments|tracks|parts)|the (whole |full )?band|the rest)\b"
    r"[^?.!]{0,25}\bdown\b",
    re.IGNORECASE,
)
"""'should i just drag every instrument down a few db to make room?': every fader but one moved, a balance move on
this mix (the honest answer names the one part that is off), not a habit on every track."""
BLANKET_WHY = {"compression": "compress where a part's level jumps around, not on every track.",
               "reverb": "give each part the space it needs, not the same reverb on everything.",
               "eq": "EQ where a part clashes or sounds off, not on every track for its own sake.",
               "automation": "ride a part where it drops back or jumps out, not every track for its own sake."}  # fmt: skip
WHOLE_STATE = re.compile(
    r"\b(everything|it all|the (whole )?mix|things|the balance)\b[^?,.]{0,20}\b(right|good|ok|okay|fine|balanced|even)\b",
    re.IGNORECASE,
)
"""The whole mix's state asked ("does everything sit right now or is something else poking out"): with "anything
else", the rest of the mix asked, a yes when nothing else is off."""
OR_FINE_TAIL = re.compile(r",?\s*or (is|are|does|do) (it|they|that|this|those|these) (((sound|sit|seem|feel|look)s? )?"
                          r"(ok|okay|fine|alright|good)|"
                          # "... or is it sitting where it should", "or is it at the right level": placed well
                          r"(sitting|sits?) (right|well|nicely|where (it|they) (should|needs? to|ought to)( be)?)|"
                          r"(right )?where (it|they) (should|ought to) be|(at )?the right level)( to (me|you|u))?( as (it is|they are)| where (it|they) (is|are|sits?)|"
                          # "... or is it fine for rock", "or is it ok for this kind of song": a style named after it
                          r" for (a |this |the |my )?(kind of |type of )?[\w&-]+( (song|track|tune|mix|genre|style|thing))?)?\W*$",
                          re.IGNORECASE)  # fmt: skip
"""'is the bass boomy or is it fine?': the complaint is the question and 'or is it fine' its other answer, so a
problem found is yes (boomy), as for 'too loud or is it fine?' and 'should the keys come down or do they sit ok?'."""


SHARED_CLAIM = re.compile(
    r"\b(is|was|are) (the |my )?[\w'-]+( [\w'-]+)? or (the |my )?[\w'-]+( [\w'-]+)? (a (bit|little|touch) |way |kinda |much )?"
    r"too (loud|quiet|hot|low|soft|much|high|buried)\b",
    re.IGNORECASE,
)
"""'is the kick or the bass too loud?': one level claim said of two parts, a choice between them (which one is)."""
TWO_RANKED = re.compile(
    r"\b(is|are|was|'?s) (the |my )?[\w' -]{2,30}? or (the |my )?[\w' -]{2,30}? (on top|louder|quieter|hotter|"
    r"loudest|quietest|more (up )?front|in front|(sitting |sits )?(higher|lower|above|over|on top))\b|"
    # "kick or snare louder?": two bare names (a word or two each) and the ranking, nothing else
    r"^\W*(so |and |ok |but )?(the |my )?[\w'-]+( [\w'-]+)? or (the |my )?[\w'-]+( [\w'-]+)? "
    r"(louder|quieter|hotter|on top|higher|lower)\W*$|"
    # "whats louder the vocal or the bass", "who's on top, kick or snare": the ranking asked first, the pair after it
    r"\b(what|which|who)(\W?s| is)( \w+)? (louder|quieter|hotter|on top|higher|lower|loudest|quietest)\W+"
    r"(between )?(the |my )?[\w'-]+( [\w'-]+)? (or|and|vs\.?|versus) (the |my )?[\w'-]+( [\w'-]+)?\W*$|"
    # "organ vs horns, who's winning": the pair first, then the ranking asked
    r"^\W*(so |and |ok |but )?(the |my )?[\w'-]+( [\w'-]+)? (or|vs\.?|versus|against) (the |my )?[\w'-]+( [\w'-]+)?"
    r"\W+(what|which|who)(\W?s| is| one'?s| one is)( \w+)? (louder|quieter|hotter|on top|higher|lower|loudest|"
    r"quietest|winning|ahead)\W*$",
    re.IGNORECASE,
)
"""'is the vocal or the snare on top?', 'is the horns or the vocal louder?', 'kick or snare louder?': two parts named as
alternatives and ranked by level: the same question as 'which is louder?', answered with both meters."""
EITHER_OR = re.compile(r"\b(is|was) (it|that|this) (the |my )?[\w' -]{2,30}? or (the |my )?[\w' -]{2,30}|" + TWO_RANKED.pattern + "|" + SHARED_CLAIM.pattern + "|"
                       r"\bwhich (one|is|of)\b|\b(the |my )?[\w'-]+ or (the |my )?[\w'-]+( [\w'-]+)? (that'?s?|thats|which|making|causing|"
                       r"masking|clashing|fighting|covering|crowding|burying|drowning|hiding|stepping|muddying|cluttering|smearing)\b|"
                       r"[,:;]\s*(the |my )?(?!(eq|pan|panning|comp|compression|reverb|fader|level)\b)[\w'-]+ or "
                       r"(the |my )?[\w'-]+\s*\?*\s*$",  # "..., kick or bass?", not "..., eq or pan?"
                       re.IGNORECASE)  # fmt: skip
"""Two parts offered as the alternatives ("is it the kick or the bass?", "..., the keys or the guitars?"): the
question wants one of them named, not a yes or no."""


RANKED_WORST = re.compile(
    r"\b(weakest|worst|least (good|great|polished|finished)|(needs|could use|could do with) the most)\b",
    re.IGNORECASE,
)
"""'what's the weakest part of this mix?': a superlative always has an answer, so a mix with only a lean measured
is answered with that lean as the weakest spot (said to be a lean, not a fault), not with 'nothing needs changing'."""

PRONOUN_LEVEL = re.compile(r"\b(it|this|that|them|those|these)\b", re.IGNORECASE)
"""A level question whose subject is a pronoun: "is it too loud?" leans on what was just talked about."""
_LEVEL_REQUEST = re.compile(
    r"^\W*(?:(?:ok|so|hey|pls|please)\W+)*(?:(?:can|could|would|will) (?:you|u)\W+|(?:should|do|shall|can) i\W+)?"
    r"(?:turn|make|bring|push|pull|raise|lower|boost|cut|drop|crank|nudge|ride)\b",
    re.IGNORECASE,
)


def level_request(text: str) -> bool:
    """ "turn it up?", "can you make it louder?", "should I bring it down?": a move asked for, not a verdict."""
    return bool(_LEVEL_REQUEST.search(text))


CENTRE_OR_SIDE = (
    r"\b(((bang|dead|right|slap|smack|smack bang|slap bang) )?in the (middle|cent(er|re))|dead cent(er|re)|"
    r"cent(er|re)d?),? or\b[^?.]{0,40}\b(pan\w*|(off )?to (one|the|a) side|off[- ]cent(er|re)|off to the (left|right))|"
    # "can the kick go a bit off centre for width or should it stay bang in the middle": the same, side first
    # ("should the bass be panned or in the middle" is the pan figures' question, ``model.pan_amount``)
    r"\b((off )?to (one|the|a) side|off[- ]cent(er|re)|off to the (left|right))\b[^?.]{0,40}\bor\b[^?.]{0,30}"
    r"\b((bang|dead|right|slap|smack) )?(in the (middle|cent(er|re))|cent(er|re)d?)\b"
)
"""A part's middle offered against a pan off to one side ("bang in the middle or nudge it off to one side?")."""
MONO_Q = re.compile(
    r"\b(is|are|should)\b[^?.]{0,30}\b(in mono|mono|dead cent(er|re)|cent(er|re)d)\b\s*\??\s*$|\bmono\b[^?.]{0,12}\?\s*$|"
    # "should my bass be mono or is it cool to pan it a bit?": mono or a pan offered, where the part sits
    r"\b(in mono|mono|dead cent(er|re)|cent(er|re)d),? or\b[^?.]{0,30}\bpan|" + CENTRE_OR_SIDE,
    # "does the bass have to be bang in the middle or can i nudge it off to one side a bit for width?"
    re.IGNORECASE,
)
"""'is the bass in mono?', 'is the kick centred?': whether a part sits in the middle (its pan, and for the low end
the whole mix's correlation there), not its level."""


BASS_AMOUNT = re.compile(
    r"\b(too much|so much|too little|not enough|more|less|enough|lots of|a lot of)\s+bass\b"
    r"(?!\s*(guitar|line|part|track|drum|player|amp|synth))",
    re.IGNORECASE,
)
"""'too much bass?' asked of the whole mix: an amount of low end, not the bass part (which a stereo file cannot
isolate)."""


CHECK_Q = re.compile(
    r"\bhow (do|will|would|can|should|could) (i|we) (know|tell|check|hear)\b(?! (what|which|where|why|how))|"
    r"\bwhat (should|do|would|am) (i|we) (listen|listening|be listening) for\b|\bhow do i check\b",
    re.IGNORECASE,
)
"""'how will I know when it's right?', 'what should I listen for?': how to hear that the move worked."""


OWN_LOUDNESS_SUBJECT = re.compile(
    r"\b(lufs|master(ing|ed)?|youtube|spotify|apple|itunes|tidal|amazon|streaming|cd|broadcast|radio)\b", re.I
)
"""Words that make a "how loud?" a question about the master's loudness of its own, not about the last subject."""


PART_OUT = re.compile(r"\b(stick|poke|jump|stand|leap)(s|ing)? out\b|\blevel[- ]?wise\b", re.IGNORECASE)
"""'burning cds, anything stick out level wise?': a part standing out of the balance asked, with the destination
only where the mix is going; its loudness for that destination is not what is asked."""


COMES_IN = re.compile(
    r"\b(once|when|whenever|as soon as|the moment|soon as)\b "
    r"(?!((the|my|that|this|his|her|our) )?(chorus|verse|bridge|drop|hook|outro|intro|song|track|mix|beat|break)\b)"
    r"(the |my |that |his |her |our )?[a-z'-]+( [a-z'-]+)? "
    r"(is in|comes in|come in|kicks in|kick in|enters|joins|drops in|gets going|is playing|are playing|starts playing|"
    r"are in)\b",
    re.IGNORECASE,
)
"""'my voice goes boxy once the acoustic is in': a part heard changing only when another plays, which is the two
clashing, not the part's own tone (soloed it sounds fine)."""


MOVE_OR_ENOUGH = re.compile(
    r"\b(should|do|shall|need to|gotta|have to)\b[^?]{0,40}\b(ride|push|bring|turn|raise|lift|bump|nudge|boost|crank)\b"
    r"[^?]{0,30}\bor\b[^?]{0,20}\b(is|'s) (it|she|he|that|this)\b[^?]{0,10}\b(loud|up|high) enough\b",
    re.IGNORECASE,
)
"""A raise offered beside "or is it loud enough?": with nothing off the second side is the answer, not a yes."""


LEVEL_SAID = re.compile(r"\btoo (?P<quiet>quiet|low|soft)\b|\btoo (?P<loud>loud|hot)\b", re.IGNORECASE)
"""A level claim said outright ("is the synth bass too quiet?? on my laptop i cant hear any low end"), read where
the complaint kept is another (the small speaker named after it)."""


def level_said(question: str) -> str | None:
    """ "quiet" or "loud" for the first level claim said outright in ``question``, else None."""
    m = LEVEL_SAID.search(question)
    return None if m is None else ("quiet" if m.group("quiet") else "loud")


DRUM_BUS = re.compile(r"\b(drums?|kit) ?bus+(es)?\b|\bdrum (group|sub-?mix|folder)\b", re.IGNORECASE)
"""The drums as one group ("drum bus", "drum buss", "kit bus", "drum group"): compression there is glue, asked or
not, never one drum's own settings."""
