"""A move the asker reports having made, then "is it right now?": "ok horns are pulled back a bunch, we good
now?", "tucked the keys in a bit, sorted?", "brought the vocal up 2 dB, is it good now?".

The move is news, not a complaint: "pulled back" says what they did to the horns, never that the horns sit too
far back. The question after it asks whether the part (or the mix) is right now: with an earlier clip it is "did
that help?" (this clip against that one); with none, the part's state now, where yes means it sits right and a
fault still measured (still too loud, or pulled past its place) is a no. Word families on the message's FORM (a
move verb said as done, then a check on the state now), so a new verb or a new "good now?" needs no phrase of its
own."""

from __future__ import annotations

import re
from collections.abc import Callable

from model.overdone_cut import overdone_cut
from model.overshoot import SPOILED

_VERB = (
    r"pulled|turned|brought|tucked|pushed|raised|lowered|dropped|dipped|nudged|bumped|eased|backed|rolled|took|"
    r"cut|boosted|trimmed|tamed|rode|moved|cranked|yanked|slid|dragged|lifted|killed|set|put|added|threw|"
    r"slapped|stuck|compressed|eq'?d|eqed|high-?passed|low-?cut|scooped|notched|carved|panned|widened|narrowed|"
    r"sidechained|side-?chained|de-?essed|automated|fixed|changed|tweaked|adjusted|rebalanced|redid|smashed|shoved|"
    r"jacked|hiked|pumped|knocked|sank|slammed|gave|squashed|squished|crushed|chopped|lopped|shaved|filtered|dumped|"
    r"tightened|brightened|darkened|softened|"
    # "nuked that 1k eq boost on the acoustic": a plug-in move taken out is a move made too
    r"nuked|removed|ditched|deleted|bypassed|disabled|binned|scrapped|undid|zeroed|flattened"
)
"""Move verbs in the past: what a mixer did to a part or to the mix."""
_DIRECTION = (
    r"back|down|up|off|in|out|away|under|over|lower|higher|louder|quieter|a (bit|touch|tad|little|lot|bunch|ton)|"
    r"some|(by |about |like |around )?\d+(\.\d+)? ?(db|dB|hz|Hz|k|khz|kHz)?"
)
"""Where the move went, or by how much ("back", "down 3 dB", "a bunch", "some 300")."""
_LOST_GAINED = (
    r"\b(lost|shed|gained|dropped) (another |an extra |a good |like |about |around |roughly )?\d+(\.\d+)? ?(db|dbs|"
    r"decibels)\b(?!\s+(at|around|near|@) ~?\d)"
)
"""A fader move said as what the part lost or gained ("the pluck lost 10db"), never a cut at a frequency."""
_OWN = r"(^|[,;.!:]\s*|\b(i|we|i'?ve|we'?ve|ive|just|already|finally|so|then)\s+)"
"""A move said as one's own: "I pulled", "just tucked", or the verb first ("pulled the horns back")."""
_DONE = re.compile(
    # "i pulled the horns back", "pulled the horns back", "horns are pulled back", "horns pulled back a bunch"
    rf"(?P<own>{_OWN})?\b({_VERB})\b(\s+[\w'-]+){{0,4}}?\s+({_DIRECTION})\b|"
    # "the horns are down now", "vocal's up 2 dB"
    # "rhodes is up the 10db u suggested": the size said with "the"
    r"\b(is|are|'s|'re|r) (now )?(up|down|back|lower|higher|louder|quieter)( (now|a bit|a touch|some|"
    r"(the |a |an |another )?\d+(\.\d+)? ?db))\b"
    r"(?! than\b)|"
    # "fiddle's way up", "the bass is a lot lower", "acoustic is now 10 db lower": the move's size said before its way
    r"\b(is|are|'s|'re|r) (now )?(way|a lot|much|heaps|loads|well|\d+(\.\d+)? ?(db|dbs|decibels)) (up|down|back|lower|"
    r"higher|louder|quieter)\b(?! than\b)|"
    # "vocal up a couple db, does it cut now": the move said with no verb, the part then its way and size
    r"^\W*(ok |so |and )?(the |my )?[\w'-]+( [\w'-]+)? (up|down) (a (couple|few|bit|touch|tad|lot|bunch|good bit|little)"
    # "kick up 3, hear it now?": the size said bare, dB understood, closed by its clause
    r"( of)?( db| dbs| decibels)?|\d+(\.\d+)? ?db|\d+(\.\d+)?(?=\s*[,;.!]))\b|"
    # "the bass fader went way up", "the vocal's gone down a bit": the move said as where the fader went
    # "fiddle fader came down 10db"
    r"\b(went|gone|came|come) (way |a lot |much |a bit |a little |a touch |right |all the way |back )?(up|down|back)\b|"
    # "added a comp", "put a de-esser on it", "cut some 300", "eq'd the mud out"
    rf"(?P<own2>{_OWN})({_VERB})\s+(a|an|some|the|my|it|them|that|those)\b|"
    # "threw like +20 on the kick fader": a fader move said as a signed size put on it
    r"(?P<own3>\b(threw|chucked|slapped|whacked|stuck|put|added|gave it|shoved|bunged)\s+(like |about |around |an? "
    r"extra |another )?[+-]\d+(\.\d+)? ?(db|dbs|decibels)?\s+(on|to|onto)\b)|"
    # "mixed the drums down 10 already": a fader move with its size ("mixed down" alone is a render)
    r"\bmixed(\s+[\w'-]+){1,3}?\s+(down|up|back)\s+(by |about |like )?\d+|"
    # "gave the synth bass a teeny 1db nudge up": the move said as a noun given to the part
    r"(?P<own4>\bgave\s+([\w'-]+\s+){1,3}?an?\s+(\w+\s+){0,2}(shove|push|bump|nudge|lift|hike|kick|yank|trim)\b|"
    # "ok the pluck lost 10db": the part said to have lost (or gained) the decibels the move took off (or gave)
    + _LOST_GAINED
    + ")",
    re.IGNORECASE,
)
"""A move said as done, in the asker's words."""
_NOW = re.compile(
    r"\b(now|yet|again|better|closer|happier|sorted|fixed|finally|did (that|it|this))\b", re.IGNORECASE
)
"""A check said about the state after a move ("good now?", "better?", "sorted?"): a part's state said with a
participle ("vocal is pushed way up, is that ok?") is only a move reported when the check says so."""
_GOOD = (
    r"good|ok|okay|fine|alright|all right|sorted|right|balanced|even|there|solid|better|any better|good to go|"
    r"golden|fixed|gone|cleared( up)?|dial(l)?ed in|locked in|spot on|on point|happier|(any )?closer|nearer|"
    r"happy( with (it|that|this|them|(the|my) [\w' ]{1,20}))?|"
    # "is it in the pocket now?" after a fader move: the part sits; "does the song feel like one band?": it gels
    r"in the pocket|in place|(like )?(one|a) (band|unit|whole|piece)|together|glued|gelling|gelled|cohesive|"
    # "does the groove have legs now?": it carries, moves, works
    r"(have|has|got) (some )?legs"
)
"""Words for the state hoped for after the move."""
_NOW_CHECK = re.compile(
    rf"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay |then )?((are|r|is|does|do|did|has) )?"
    rf"(we|we're|were|it|it's|its|that|that's|thats|this|they|they're|u|you|ya|everything|everything's|all|things|"
    rf"the mix|my mix|mix|it all|the (song|track|tune|band|groove|low end|bottom end|vibe|beat|whole (thing|song|mix|track)))?\s*((sound|sounds|feel|feels|look|looks|sit|sits|sitting|work|working) )?"
    # "we good on low end now?": the state hoped for, on the part or range the move was for
    rf"({_GOOD})( (on|with|for) (the |my |our )?[\w'-]+( [\w'-]+)?)?( now| yet| then| again| there)?\s*\?+\s*$|"
    # "have i nailed it?", "did i get it right this time?": the move's result asked as the asker's own
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?((have|did|has) (i|we|that|it) (nail(ed)?|get|got|gotten)|"
    r"nailed) it( right)?( now| then| this time)?( or (what|not))?\s*\?+\s*$|"
    # "is the car alarm thing gone? or is there another part jumping at me now": the fault asked gone, then
    # whether something else stands out now (the second "?" left off)
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is|are|has|have) [\w' -]{1,30}?\b(gone|fixed|sorted|"
    r"cleared up)( now| yet)?(\s*\?+\s*$|\s*[?,]*\s*(or|and) (is|are) (there|something|anything|another)\b[^?.;]{1,50}"
    r"\?*\s*$)|"
    # "did that do it?", "did that help?", "does it work now?"
    r"\b(did|does) (that|it|this) (do it|do the trick|help|work|fix it|sort it|land)( now)?\s*\?*\s*$|"
    # "has that done it or does it need a bigger push": the same check in the perfect, the other side offered
    r"\b(has|have) (that|it|this) (done it|done the trick|helped|worked|fixed it|sorted it|landed)( now| yet)?"
    r"(\s*\?*\s*$|,? or [^?.;]{1,50}\?*\s*$)|"
    # "does everything sit right now or is something else poking out": the state now, then what else is out
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(does|do|is|are) (everything|it all|the mix|things|it) "
    r"((sit|sits|sound|sounds|feel|feels) )?(right|ok|okay|good|fine|balanced|even)( now)? or (is|are) "
    r"(something|anything) else\b[^?]*\?*\s*$|"
    # "that do it?", "that fix it?", "this work?": the same check with its auxiliary dropped, asked
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(that|this|it) (do it|do the trick|help|work|fix it|"
    r"fix things|sort it|land|did it|did the trick|fixed it|sorted it|helped|worked)( now)?\s*\?+\s*$|"
    # "that get the weight back in the drop?", "did that bring the punch back?": what was missing, asked back
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?((did|does|will|would) )?(that|this|it) (get|gets|got|bring|"
    r"brings|brought|put|puts) [\w' -]{1,30}? back\b[^?.;]{0,30}\?+\s*$|"
    # "have i got my low end back yet": what was missing, asked back as the asker's own
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(have|has|did) (i|we) (got|gotten|get|brought) "
    r"(my |the |our |some |any )?[\w' -]{1,30}? back( now| yet)?\s*\?*\s*$|"
    # "that it?", "is that it?": done, is that all it took
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is |was )?(that|this)( is| was)? it\s*\?+\s*$|"
    # "sitting now?", "does it sit?", "sits better now?": whether the part sits in the mix now
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?((is|does|do|did) )?(it|that|they|this|she|he)?\s*"
    r"(sit|sits|sitting|sat|settles?|settled|settling)( in| right| better| well)?( now| yet| then)?\s*\?+\s*$|"
    # "does the top end quit scratching at me?", "did the boom go away?", "does it still scratch?": the fault asked
    # gone (or still there) after the move
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is|are|does|do|did|has|have) [\w' -]{1,30}?\b"
    r"(((quit|quits|stop|stops|stopped|quitted) \w+ing)|(go|gone|went|going) away|still \w+)\b[^?,;.]{0,20}\?+\s*$|"
    # "pulled the vocal down 4db already, still too loud?": the fault asked still there, its verb left out
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(it'?s |they'?re |is it |are they )?still (a bit |a little |"
    r"way |too |kinda |kind of )*[a-z]+( now)?\s*\?+\s*$|"
    # "kick up 3, hear it now?": heard now, the auxiliary left out
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(can (you|u|i|we) )?(hear|feel) (it|them|that|this|"
    r"em|'em)( now| better| yet)\s*\?+\s*$|"
    # "does it sing now?", "does the hook pop now?": how the part acts now, asked with its own verb
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(does|do|did|is|are) (it|they|that|this|she|he|"
    # "is it poking thru yet or still hiding under the gtrs": with the fault still there as the other side
    r"the [\w' -]{2,20}?) \w+( through| out| in| over| up)? (now|yet)(\s+or\b[^?.;]{1,40}\?*|\s*\?+)\s*$|"
    # "is my voice on top now?", "is the hole filled now or does it want more": the state now in the asker's own
    # words, alone or against the fault still there
    # ("am i the main voice again or are they still fighting me": the asker, the part, back where it belongs)
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is|are|does|do|has|have|am) (it|they|that|this|she|he|i|"
    r"(the|my|our|your) [\w'-]+( [\w'-]+)?) [\w' -]{1,30}? (now|again)\b([^?.;]{0,40}\bor\b[^?.;]{1,40})?\s*\?*\s*$|"
    # "hows it sitting in the beat now", "how's the whole picture hanging together now, anything else poking out?":
    # the state now asked openly, alone or with what else is out
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(how'?s|hows|how is|how are|how does|how do) "
    r"(it|they|that|this|she|he|things|everything|it all|(the|my|our) [\w'-]+( [\w'-]+){0,2}?)\b[\w' -]{0,30}? now\b"
    r"([,;]?\s*(and |or )?(is there |are there |is |are )?(anything|something|any( other)? (parts?|tracks?))( else)?\b"
    r"[^?.;]{0,30})?\s*\?*\s*$|"
    # "nudged the bass up a hair, is that enough or does it need more": the size of the move made, weighed
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is|was) (that|it|this) (\w+ )?enough\b"
    r"([^?.;]{0,40}\bor\b[^?.;]{1,40})?\s*\?*\s*$|"
    # "does the whole band feel more even to u?": the whole mix's state after the move, asked
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(does|do|is|are) (the (whole )?(band|mix|song|track|thing|"
    r"balance)|everything|it all|things) (feel|sound|sit|seem|look)s? (more |any more |a bit more )?(even|balanced|"
    # "does the whole thing sit together now or should i keep going": the other side offered, the "?" left off
    # "does the band feel like one thing again or is there still something poking out": whole again, said as one thing
    r"together|glued|right|level|cohesive|(like )?(one|a single) (thing|unit|band|whole|piece|sound))( to (you|u|ya))?"
    r"( now| again)?(\s*\?+| or [^?.;]{1,40}\?*)\s*$|"
    # "does my singing finally sit over the strumming?": the state hoped for, said as at last reached
    r"([,;.!]\s*|\s(so|and|then|but)\s+)(so |and |ok |okay )?(is|are|does|do) [\w' -]{1,30}? finally\b[^?.;]{0,40}"
    r"\?*\s*$|"
    # "is it riding on top now or did i wreck it", "did i mess it up?": the state now, or the move spoiled it
    rf"([,;.!]\s*|\s(so|and|then|but)\s+)([\w' -]{{0,40}}?\bor )?(did|have|'ve) (i|we) (just )?({SPOILED})\w*"
    r"( it| that| things| everything| the mix)?"
    r"( up)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The check after the move: whether the state is right now ("we good now?", "is it good now?", "better?",
"sorted?", "did that do it?", "that do it?", "that it?", "sitting now?", "does the top end quit scratching?", "is
it on top now or did i wreck it")."""


_UNMARKED_ASK = re.compile(
    r"[,;.!]\s*(so |and |ok |okay |then |but )?(is|are|r|does|do|did|has|have|was|am)\s+(it|that|this|they|we|i|everything|"
    r"the (groove|low end|mix|song|vibe|beat))"
    r"\b[^,;.!?]{0,30}$|"
    # "i can kinda hear it but is that enough or does it still need a shove": the check after "but", two ways offered
    r"\s(but|so)\s+(is|are|does|do)\s+(it|that|this|they)\b[^,;.!?]{0,20}\bor\b[^,;.!?]{0,30}$",
    re.IGNORECASE,
)
"""'pulled the shaker down a bunch, is it gone now': a check asked as a question without its question mark."""


def says_moved(text: str) -> bool:
    """True when ``text`` says a move was made ("horns are down now", "pulled the bass back"), whatever it asks."""
    return _DONE.search(text) is not None


def says_move_done(text: str) -> bool:
    """True when ``text`` says a move was made and asks about the state now ("brought the bass up like 10, does
    the groove have legs now"), whatever words the check after it uses."""
    return _DONE.search(text) is not None and _NOW.search(text) is not None


def reports_move(text: str) -> bool:
    """True when ``text`` reports a move already made, then asks whether things are right now."""
    if "?" not in text and _UNMARKED_ASK.search(text.rstrip(" .!")):
        text = text.rstrip(" .!") + "?"
    check = _NOW_CHECK.search(text)
    # "pulled the snare back 10 dB, did that help? sitting in the pocket now?": the check may close the first of
    # two questions; "... was that it? sitting right now?": the last, read as if after a comma
    ends = [m.end() for m in re.finditer(r"\?+", text)][:-1]
    while check is None and ends:
        check = _NOW_CHECK.search(text[: ends.pop(0)])
    if check is None:
        joined = re.sub(r"\?+\s+(?=\S)", ", ", text)
        if (check := _NOW_CHECK.search(joined)) is not None:
            text = joined
    if check is None or check.start() == 0:
        return False
    done = _DONE.search(text[: check.start() + 1])
    own = done is not None and any(done.group(g) is not None for g in ("own", "own2", "own3", "own4"))
    return done is not None and (own or _NOW.search(text) is not None)


def without_move(text: str) -> str:
    """``text`` with the move it reports taken out, so its words are never read as a complaint."""
    return _DONE.sub(" ", text) if reports_move(text) else text


def move_free_complaint(text: str, complaint_in: Callable[[str], str | None]) -> str | None:
    """The complaint ``text`` names once a move it reports is taken out ("horns are pulled back a bunch, we good
    now?": none, not 'quiet'); ``complaint_in`` reads the complaint of a piece of text."""
    return overdone_cut(text) or complaint_in(without_move(text))  # "did i cut too much low end?": thin


FADER_VERBS = (
    r"pulled|turned|brought|tucked|pushed|raised|lowered|dropped|nudged|bumped|eased|backed|cranked|yanked|slid|"
    r"dragged|lifted|rode|moved|shoved|jacked|hiked|pumped|knocked|sank|trimmed|tamed|reined|reigned|dumped"
)
"""Verbs a fader move is reported with, in the past ("tucked the horns back down", "trimmed the upright")."""
_LEVEL_MOVE = re.compile(
    rf"\b({FADER_VERBS}|set)\b"
    r"(\s+(?!(eq|the eq|some|a cut|a boost|\d+ ?(hz|k|khz))\b)[\w'-]+){0,4}?\s+"
    r"(back|down|up|in|under|lower|higher|louder|quieter)\b(?!\s+(at|around|from) \d)|"
    # "dropped the kick like 10 dB": the amount said, no direction word (never "... 3 dB at 60 Hz", an EQ move)
    rf"\b({FADER_VERBS})\b(\s+(?!(eq|the eq|some|a cut|a boost)\b)[\w'-]+){{1,4}}?\s+(by )?(like |about |around |"
    r"roughly |~)?\d+(\.\d+)? ?db\b(?!\s+(at|around|near|@) ~?\d)|"
    # "the bass fader went way up": where the fader went, said with no mover
    r"\bfaders? (\w+ )?(went|has gone|'s gone|got pushed|got pulled) (way |a lot |much |a bit |a little |right |all the way )?"
    r"(up|down|back)\b|"
    # "gave the snare a huge shove up", "gave the keys a nudge": the move said as a noun
    # "gave the bass fader a lil 2db nudge": two words between
    r"\bgave\s+([\w'-]+\s+){1,3}?an?\s+(\w+\s+){0,2}(shove|push|bump|nudge|lift|hike|kick|yank|trim)\b"
    r"(?!\s+(at|around|from) \d)|"
    # "gave the synth bass 1 more db on its fader": the move said as the decibels given
    r"\bgave\s+([\w'-]+\s+){1,3}?(\d+(\.\d+)?|a couple|a few|an?)( more| extra)? ?(db|dbs|decibels)\b"
    r"(?!\s+(at|around|from|@) ~?\d)|" + _LOST_GAINED,
    re.IGNORECASE,
)
"""A fader move ("tucked the horns in", "pulled the vocal down 2 dB", "gave the snare a shove up"), not a cut or a
boost at a frequency."""


def reports_level_move(text: str) -> bool:
    """True when ``text`` reports a fader move made, then asks whether things are right now."""
    return reports_move(text) and _LEVEL_MOVE.search(text) is not None
