"""What the amateur is asking: about what (an instrument, a technique, the master, the last change) and which
kind of answer they want (a yes/no judgement, how to, why, what first, how much, is it better now).

Keyword rules, because the questions of the MixAssist sessions are short and concrete ("how's the snare?",
"should I compress the bass?", "the kick feels kind of lost, what would you do?"). A follow-up ("and the
snare?", "how much?", "why?", "did that help?") borrows what it leaves out from the earlier questions of the
conversation. Which *tracks* an instrument word means is decided against the session (``model.focus``); a
model backend gets the raw question anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from companion.context import Topic, Turn
from model.asked_clause import asked_ok
from model.burying import BURIES, low_end_as_bass
from model.intent_claim import HEARD_ONLY, first_claim, mix_claim
from model.intent_correction import named_follow_up, without_corrected
from model.intent_feeling import without_feeling
from model.intent_forms import (
    ALL_DOWN,
    COMES_IN,
    CUT_Q,
    LOW_END,
    MONO_Q,
    OR_FINE_TAIL,
    OR_LEAVE_IT,
    OWN_LOUDNESS_SUBJECT,
    PART_OUT,
    PRONOUN_LEVEL,
    READY_Q,
    REASON_NOT_Q,
    TOP_END,
    boosts_part,
    has_yes_no_clause,
    hz_move,
    implied_move_complaint,
    level_request,
    low_end_said,
    strip_tag,
    without_position,
)
from model.intent_frequency import asks_frequency, asks_setting
from model.intent_lead import NONE_VERBS, either_state, late_yes_no, rising_statement, without_lead_in
from model.intent_level_ask import asks_level_ok
from model.intent_more import enough_of, more_complaint
from model.intent_open import open_question
from model.intent_place_ask import opens_level_place
from model.intent_recipient import without_recipient
from model.intent_reference import (
    as_full,
    compared_quality,
    low_end_more,
    reference_loudness,
    small_next_to_reference,
)
from model.intent_source import asked_as_said, guesses_new_source
from model.intent_spelling import normalise
from model.intent_state import GOOD_STATE, as_yes_no, plain_state_question
from model.intent_tone import TONE_COMPLAINTS, tone_beside_level
from model.intent_verdict import asks_bad_state, claims_bad_state
from model.intent_wants import _FIRST, _HEAR, _MORE, DONE_OR_MORE, Wants, wants_of
from model.intent_wish import wish
from model.intent_words import (
    COMPLAINTS,
    DISTORTION_ADDED,
    INSTRUMENTS,
    ON_TOP_WANTED,
    PLAYED_DISTORTED,
    PLAYER_SAYS,
    SIDE_SAID,
    TECHNIQUE_WORDS,
)
from model.intent_yes_no import EARS_ASKED, any_first, asks_enough, asks_missing, stated_level
from model.mix_sound_words import mix_only_complaint
from model.praised_parts import without_praised
from model.reported_move import move_free_complaint
from model.sung_words import sung_part


class IntentKind:
    WHAT_DO_YOU_HEAR = "what_do_you_hear"
    TOPIC = "topic"
    TECHNIQUE = "technique"
    AMBIGUOUS = "ambiguous"


_LOUDNESS_SAID = re.compile(r"loud enough|loudness|\blufs\b|\bquiet(er)?\b|\btrue[- ]?peak", re.IGNORECASE)
"""Loudness said as such, beside a destination (not only "spotify", where the mix is going)."""


_MASTER = re.compile(
    # "turn everything else up": the other parts, not the master
    r"\b(mix|master\w*|overall|whole (song|track|thing|mix)|everything(?! else)|the song|the track|low[- ]?end|top[- ]?end|"
    r"high end|spotify|streaming|headroom|lufs|loudness)\b",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"^(can you |could you |please |just )?(make|get) (it|this) (sound )?(better|good|nicer|right|pro\w*)\W*$|"
    r"^(fix|improve|help)( it| this| me)?\W*$|^is (it|this) (ok|okay|good|fine|right|alright)\W*$|"
    r"^(do|does) (it|this) work\W*$|^(hmm+|ok(ay)?|so)\W*$|^(thoughts on|what about) (it|this)\W*$",
    re.IGNORECASE,
)
_WHAT_MISSING = re.compile(r"\bwhat('?s| is) (missing|lacking)\b", re.IGNORECASE)
"""'whats missing?' in two words: what the mix lacks, not a vague "make it better"."""
_ONE_WORD_ASK = re.compile(
    r"^\W*(so |ok |and )?(your |ur |the |final |honest )?(verdict|ready|done|finished|opinion|review|feedback|notes|"
    r"critique|good to go|release ready|ready to (go|ship|release|bounce|export|master))\W*$",
    re.IGNORECASE,
)
"""'verdict?', 'ready?', 'done?': the whole mix judged, asked in a word or two, not a vague "make it better"."""
_EXPLAIN = re.compile(
    # "what's a good starting point for ...": the numbers asked, not what the thing is
    r"\b(explain|what does .* mean|(what is|what's) an? (?!(good|decent|nice|solid|great|safe|reasonable|sensible|"
    r"typical|normal|usual|common|ballpark|starting|quick|easy|better|simple|rough)\b)|how does .* work|teach|"
    r"in detail|tell me more)\b",
    re.IGNORECASE,
)
WHAT_STICKS_OUT = re.compile(
    r"\bwhat('?s| is| do| does)? (\w+ )?(sticks?|jumps?|stands?|pokes?|leaps?|sticking|jumping|standing) out\b",
    re.IGNORECASE,
)
"""'what sticks out to u': the open look asked in words that read as a loud part."""
_OK = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|does|do)\b.*\b(ok|okay|fine|good|alright|all right|balanced)\b(?!\s+(to|if|idea)\b)|"
    # "do the levels feel even to you?", "are the levels even": even levels asked about, a yes when nothing is off
    r"\b(levels?|balance|faders?|mix|everything|things)\b[^?]{0,25}\beven\b(?=\s*(\?|$|,|\.|!|to (you|u|me)\b|"
    r"across\b|overall\b|now\b|throughout\b))|"
    r"\b(sit|sits|sitting|sittin'?|sound|sounds|sounding|soundin'?|look|looks|lookin'?|work|works|working|seem|seems|feel|feels)\s+(\w+\s+)?(ok|okay|fine|good|alright|"
    # "are the gtrs sitting right on top of my vocal?": where they sit, a fault asked, not "sitting right?"
    r"right(?! (on top|over|in front|under(neath)?|behind|in the way|across|against|next to)\b)|well|balanced|"
    r"great|nice|solid|perfect|spot on)\b|"
    r"\b(cracks?|cuts?|punch(es)?|knocks?|slaps?|pops?|sits?|sitting|sittin'?|glues?|blends?|grooves?|thumps?|snaps?|hits?)"
    r"( through| in| together| on top| up front| in front)? (nicely|beautifully|perfectly|really well|so well)\b|\b(nice|lovely) and [a-z]+\b|"
    r"\b[a-z]+s? (are|is|'s|'re) (there|in there|audible)(,? (right|yeah|yea|innit|yes|no))?\s*\?|"
    r"[,;]\s*(ok|okay|alright|fine|good)\s*\?+\s*$|"  # "snare louder than kick, ok?": is that ok
    # "piano's right in my face, normal for a folk record?", "is it normal for the piano to be this loud?"
    r"[,;]\s*(normal|standard|typical|usual)( for (a |an |the )?[\w-]+( [\w-]+)?( (mix|song|track|record|tune)s?)?)?"
    r"\s*\?+\s*$|\b(is|'s) (it|that|this) (normal|standard|typical|usual) for (the|my|a|an) [\w' -]{1,30}? to (be|sit|sound)\b|"
    r"^\s*(and )?(the |my )?[\w' ]{1,30}\b(ok|okay|fine|good|alright|on point|spot on|dial(l)?ed in|locked in)"
    r"( (in|for) (the|my|this) (whole )?(mix|song|track|tune)"
    r"| (in )?there| in here| (in|for) this| now| overall| as well| too| tho| though){0,2}\s*\?|"
    r"\b(is|are) (that|this|it|they) (ok|okay|fine|normal|typical|standard|usual|common|alright|good)"
    r"( for (a |an )?[\w-]+( (mix|song|track)s?)?)?\s*\?*\s*$"
    # "is that how soul mixes go?", "is that what pros do?": the genre's norm asked, a fault found is a no
    r"|\b(is|'s) (that|this|it) (how|what) ([\w-]+ ){0,2}(mixes|songs|records|tracks|tunes|people|engineers|pros|"
    r"they)( usually| normally| typically)? (go|sound|are|do it|mix it|have it|do)\b"
    # "feels timid compared to the right. same level or no?": the two parts even, asked; a gap found is a no
    r"|(^|[.,;!?]\s*)((are|r|is) (they|them|both|the two) )?(at |on )?(the )?(same|equal|even) (level|volume|loudness)"
    r"( or (no|not|nah|what))?\s*\?*\s*$"
    # "is that how it should be for folk?": the part's place now, asked as the norm
    r"|\b(is|'s) (that|this|it) (how|where) (it|they|that|this) (should|ought to|is supposed to|are supposed to|"
    r"needs? to) (be|sit|sound)\b"
    r"|^\s*(so |ok |and |but )?((are|r) )?((you|u|ya) )?happy (with|about)\b"  # "you happy with my vocal?"
    # "is my vocal sitting where it should?": the part's right place, asked about
    r"|\b(sit|sits|sitting|sittin'?|placed|set)\b [^?]{0,12}\bwhere (it|they|that|this) (should|ought to|belongs?|needs? to)\b"
    # "is the overall balance where it should be?", "is it there now?": the right place or state, asked about
    r"|\b(is|are|'s|'re|r)\b[^?]{0,40}\bwhere (it|they|that|this|things?|everything|she|he) (should|ought to|needs? to) (be|sit)\b"
    # "is the balance there yet?": the state asked of a named subject as well
    r"|\b(is|are|'s|'re|r) (it|they|that|this|she|he|we|(the|my|our) [\w' -]{1,25}?) (there|dial(l)?ed in|locked in|"
    r"sorted) (now|yet)\b"
    # "piano alright where it is?", "vocals good as they are": the state of a part left where it sits
    r"|\b(ok|okay|fine|good|alright|right) (where|as) (it|they|that|this)('s| is| are|'re| sits?)\b"
    r"|\b(that|this|it)('s| is) (ok|okay|fine|normal|alright|good)( for (a |an )?[\w-]+( (mix|song|track)s?)?)?\s*\?+\s*$"
    # "clap is super loud but thats how trap goes right?": the genre's way, claimed and asked to be confirmed
    r"|\b(that'?s|thats|it'?s|its|this is) (just |kinda |kind of |literally |simply )?(how|what) [\w' -]{1,25}? (goes|go|"
    r"sounds?|sound like|is like|is|are|does it|do it|is supposed to sound)\b(?=[\w\s,']{0,20}\?\s*$)"
    r"|\b(that'?s|thats|it'?s|its) (just )?the [\w-]+( [\w-]+)? (sound|vibe|style|way)\b(?=[\w\s,']{0,20}\?\s*$)"
    # "keys r fine where they are": texting's 'r' and 'u' for are, the state said right after its subject
    r"|\b(r|are|is)\s+(ok|okay|fine|good|alright)\b(?!\s+(to|if|idea)\b)",
    re.IGNORECASE,
)
"""A judge question asking whether something is in a good state ("is the bass ok?", "do the harmonies sit
right?", "snare cracks nicely right?"): a problem found means no, so the yes/no turns around, as for "loud enough?"."""
_PROBLEM_Q = re.compile(
    r"(^\s*|[,;.?!]\s*|\b)(so |and |but |ok )?(?<!\w )(is|are|does|do|did|has|have|was|were|any ?thing)\b.*\b(wrong|off(?! (like|as)\b)|problems?|problematic|issues?|"
    r"weird|bad|strange|funny|odd|(out of|outta|outa) (balance|whack|line|place)|(poking|sticking|jumping|popping) out|needs? (fixing|work|attention|changing|to be fixed)|(getting |standing )?in the way|to blame|the culprit|"
    # "anything you'd change before mastering?": a change wanted is a problem found
    r"(you'?d|you would|u'?d|u would|would you|you wanna|i should|i need to|to) (change|fix|tweak|touch|improve|do differently))\b",
    re.IGNORECASE,
)
"""A yes/no whether something is wrong ("is something off with the bass?", "anything outta whack?" with its verb
dropped): a problem found means yes. "Come off like a noob" is how the asker would seem, no fault named."""
_OPINION_TAIL = re.compile(
    r"[,;.!?]\s*(but |and |cuz |coz |because |tho |though )?(my|our|the|a|his|her) [\w' -]{1,25}? (reckons|says|said|"
    r"thinks|thought|swears|claims|told me|insists)\b[^?]*$",
    re.IGNORECASE,
)
"""'is my vocal buried or nah, my mate reckons its fine': someone else's view after the question, not what is asked."""
SENT_OFF = re.compile(
    r"\b(hand|send|ship|sign|pass|mail|kick|bounce|print|turn|switch|shut|show|finish|wrap)(s|ed|ing|t|ped|ping)?"
    r"( (it|this|that|them|the mix|my mix|the song|the track|everything))? off\b",
    re.IGNORECASE,
)
"""'good enough to hand off to a mastering guy', 'send it off': off as the mix leaving, no fault asked about."""


def _asks_problem(text: str) -> bool:
    """Whether the yes/no asks for a fault, read with the 'off' of a mix handed on taken out."""
    return bool(_PROBLEM_Q.search(SENT_OFF.sub("sent", text)))


_OR_WORRY = re.compile(r"\s*,?\s*\bor (will|would|is|does|do|are|am i|gonna|is it gonna)\b.*$", re.IGNORECASE)
"""'levels ok to hand off to mastering or will he laugh at me': the feared outcome offered as the other way."""


def ready_head(text: str) -> str:
    """The ready question alone, when its feared outcome follows after 'or': its opening ('Not quite' or 'Yes, you
    can') answers both ways at once, where a yes read on 'will he laugh' turned around on the first."""
    head = _OR_WORRY.sub("", text)
    return head if head != text and READY_Q.search(head) else text


BLAME_Q = re.compile(
    r"\b(is|was) (that|it|this)( just| really| maybe)? (the|my) [\w' -]{2,30}?\s*\?*\s*$", re.I
)
"""'theres this scratchy thing, is that the fiddle?': a part asked about as the cause of what they hear."""
CLEFT_GUESS = re.compile(
    r"\b(it'?s|its|it is|is it) (the|my|his|her|their|our|your) [\w' -]{2,30}? (that'?s|thats|that is)\b",
    re.I,
)
"""'our drummer is sure its his kick thats too weak', 'is it the snare thats too weak? groove has no weight': one
part picked out as the cause, a guess as 'is it the X?' is."""
HEAR_IT = re.compile(
    r"\bcan (you|i|we|anyone|one) (even |really |actually |still )?hear\b|"
    r"(^|[,;.!?]\s*)(so |and |but |ok )?(does|do|is|are|will|can)\b.*\b((punch|punches|punching|cut|cuts|cutting|come|comes|coming|"
    r"break|breaks|breaking|get|gets|getting|make|makes|making|poke|pokes|poking) (it )?through|stands? out|standing out)\b|"
    r"^\s*(so |and |but )?(is|are)\b.{1,30}\b(even|really|actually|still) (there|audible|in (there|the mix))\b|"
    # "is the shaker even doing anything?", "does the organ add anything?", "is the pad audible at all?"
    r"(^|[,;.!]\s*)(so |and |but |ok )?(is|are|does|do)\b.{1,30}\b((even |really |actually )?(doing|do|adding|add|"
    r"contributing|contribute) anything|audible( at all)?|pulling (its|their) weight)\b|"
    # "pad doing anything? i cant tell": the same asked with no auxiliary, typed as it's said
    r"^\s*(so |and |but |ok )?(the |my |that |this )?[\w' ]{1,25}? (even |really |actually )?(doing|adding|"
    r"contributing) anything\b",
    re.IGNORECASE,
)
"""'can you hear the bass?', 'is the organ even there?', 'is the shaker even doing anything?' asks whether it is
loud enough: a quiet problem means no."""
_DB_ASKED = re.compile(
    r"\bhow (many|much)\b[^?.!]{0,12}\b(db|decibels?|dbs)\b|\bhow much (louder|quieter|up|down)\b", re.I
)
"""'how many dB do the horns need?': a size asked for in dB (automation said beside it is how it is drawn in)."""
_MOVE_Q = re.compile(
    r"\bwould (a|an|some|more)\b.{0,30}\bhelp\b|\bshould i (just )?(add|use|put|try|get|throw|slap|stick|layer|double|stack)\b|\bdo i need (a|an|some|more)\b|"
    r"\bshould i (just )?de-?ess\w*|\bshould i (just )?(turn|bring|pull|take) (the |my )?(master|mix|whole (mix|thing)|"
    r"everything)( bus| fader)? down\b|\bshould (i|we)\b[^?.!]{0,25}\b(with|w/?|using|thru|through) (some |a |an |more )?"
    r"(\w+ ){0,2}(distortion|saturat\w*|compress\w*|comp|reverb|delay|chorus|exciter|limiter|de-?esser|plug-?in)\b",
    re.IGNORECASE,
)
"""'should I add a de-esser?', 'would a saturator help?', 'should i dirty it up w some distortion?': a move asked about, even one the technique table
does not know; when the part's level is the problem the answer is 'not first' (a new source guessed, "swap
the sample?", is such a move too: ``model.intent_source``)."""
LOUDER_FOOLS = re.compile(
    r"\b(fool\w*|trick\w*|mislead\w*|swayed)\b[^.?!]{0,40}\blouder\b|\bwhich ?ever( one)? (is|sounds|plays) louder\b|"
    r"\bthe louder (one|song|track|mix)\b|\blouder( one)? (doesn'?t|does not|won'?t|can'?t|isn'?t) (fool|trick|mislead)",
    re.IGNORECASE,
)
"""The louder one fooling the ear ("so im not just fooled by whichever one is louder"): why references are
loudness-matched, no level complaint."""
GIVEN_MORE = (
    r"\b(give|throw|add)(ing)? (it|them|em|'em|(the|my) [\w' -]{1,20}?) (like |about |around |another |an extra )?"
    r"(\d+(\.\d+)? ?(db|dbs|decibels)|a (couple|few|bit|touch|notch|hair)( of)?( db| dbs)?) (more|louder|extra|up|hotter)\b"
    # "give it a bit more low end": a band asked for, an EQ move, not the fader
    r"(?! (of )?(the )?(low|top|high|bass|sub|air|mids?|presence|body|weight|punch|bottom|treble|sparkle|reverb|verb|"
    r"compression|eq|attack|snap|crack|bite|warmth|width)\b)"
)
"""A raise offered by its size ("give it like 3db more or nah"): a fader move up, never a band asked for."""
_RAISE_Q = re.compile(
    r"\b(be|get|go|make (it|them)) louder\b|\b(need|needs|should|could) (to )?(come|go) up\b|"
    r"\b(turn|bring|push|nudge|raise|bump|lift|crank|jack|shove|hike)(ing)? (\w+ ){0,3}up\b|\bshould (i|we) (just )?(push|raise|lift|bump|nudge|shove|hike|boost) (it|them|that|this)\b(?! (down|back|off|at|around|near|in|with|\d))|\bshould i (just )?(raise|boost) (the |its |their )?(fader|level|volume)|"
    + GIVEN_MORE,
    re.IGNORECASE,
)
"""A yes/no question whether to raise a part's fader: when another part covers it, the answer is no, dip that."""
SHOULD_BE_LOUD = re.compile(
    r"\bshould(n'?t| not) (it|they|that|this|(the|my) [\w' -]{2,25}?) (be|sit|stay) (really |pretty |quite |more )?"
    r"(loud|up front|out front|front and cent(er|re)|on top|prominent|featured|the loudest( thing)?|upfront)\b",
    re.IGNORECASE,
)
"""'it's the hook, shouldn't it be loud?': a part wished loud, which asks whether it should come up (its level
now judged against where it should sit), not a claim that it is too loud. Without the "not" ("should the vocal sit
on top?") it asks the norm, a goal with no complaint."""
_NOT_OK = re.compile(
    r"\btoo\b|\benough\b|\bgood idea\b|\b(ok|okay|fine|alright) (to|if)\b(?! (you|u|ya|me|my ears)\b)",
    re.IGNORECASE,
)
_ANY = re.compile(
    # "sounds like something you'd hear on the radio": a likeness, not every track asked about
    # "is any single part obviously too loud or buried": one part of all, asked
    r"(?<!like )\b(anything|something|any (one |single )?(track|part|instrument|channel)s?|any of (the|my|these) (tracks|parts|instruments)|"
    r"one of (the|my) (tracks|parts|instruments)|which (track|part|instrument|one)s?|one (single )?(track|part|"
    r"instrument|channel)(?! of)|"
    # "nothing sticks out, does it?", "no part is too quiet, right?": every track claimed fine, asked about
    rf"nothings(?= )|nothing(?={NONE_VERBS})|no (single )?(track|part|instrument|channel)s?(?={NONE_VERBS})|"
    r"none of (the|my|these|them)( tracks| parts| instruments)?)\b",
    re.IGNORECASE,
)
"""'is anything too loud?', 'is one of the tracks too quiet?': every track is asked about at once."""
_FOLLOW_UP = re.compile(
    r"^\s*(and|what about|how about|also|then|ok so|same for|what of)\b|^\s*(the )?\w+( \w+)?\s*\?\s*$|"
    r"\b(it|that|this|them|those)\b|"
    # "would compression help instead?": another move for the part just talked about
    r"\binstead\s*\?*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Intent:
    """What a question asks, from its words (and the conversation for follow-ups)."""

    kind: str
    topic: Topic
    technique: str | None = None
    explain: bool = False
    mentions: tuple[str, ...] = ()  # instrument words as said ("snare", "vocal"), for picking tracks
    wants: str = Wants.LISTEN
    instruments: tuple[str, ...] = ()  # canonical instrument words ("kick", "vocal", "horns"), in order said
    complaint: str | None = None  # what they say is wrong: quiet, loud, muddy, harsh, small, narrow ...
    tone: str | None = None  # a tone complaint said beside "too loud" ("harsh and too loud"): harsh, boxy ...
    about_master: bool = False  # the whole mix: loudness, the master, "my mix"
    should: bool = False  # a "should I ...?" question about a move (reverb on the bass)
    follow_up: bool = False  # borrowed something from an earlier question
    more: bool = False  # "what else?": the next problem, past the ones already talked about
    enough: bool = False  # "is the bass loud enough?": yes means no problem, so the yes/no turns around
    asks_ok: bool = False  # "is the bass ok?", "do the harmonies sit right?": yes means no problem too
    asks_problem: bool = False  # "is something off with the bass?": yes means a problem
    asks_raise: bool = False  # "should I turn the vocal up?", "should it be louder?": a fader move asked
    tag: bool = False  # a statement with a tag ("..., right?", "isn't it?"): a yes or no about the statement
    any_track: bool = False  # "is anything too loud?": every track at once, not the whole mix's level
    question: str = ""  # the question as asked

    @property
    def asks_about_tracks(self) -> bool:
        return bool(self.instruments)


def instrument_words(text: str) -> tuple[str, ...]:
    """The instrument vocabulary's words in ``text`` ('Synth Bass' -> synth, bass)."""
    return _instruments(text)[0]


def means_something(word: str) -> bool:
    """True when ``word`` already has a meaning in a question (an instrument, a technique, a complaint, the whole
    mix), so it cannot also serve as a handle for one track's name."""
    pats = [p for _, p, _ in INSTRUMENTS] + [p for ps in TECHNIQUE_WORDS.values() for p in ps]
    pats += [p for _, p in COMPLAINTS]
    return _MASTER.search(word) is not None or any(re.fullmatch(rf"(?:{p})", word, re.I) for p in pats)


PANNED_PART = re.compile(r"\b(left|right|hard)[- ]panned\b", re.IGNORECASE)
"""A part named by where it is panned ("the left-panned gtr"): a description, not a question about panning."""


def _find(patterns: tuple[str, ...], text: str) -> list[str]:
    hits = []
    for pat in patterns:
        m = re.search(pat, text, re.IGNORECASE)
        if m:
            hits.append(m.group(0).lower())
    return hits


NameWords = tuple[tuple[str, str, Topic], ...]
"""(word, pattern, topic) handles for the session's own track names ("upright" for 'Upright Bass'), tried before
the instrument vocabulary: ``model.focus.name_words``."""


_ONE_DRUM = frozenset({"kick", "snare", "hi-hat", "toms", "cymbals", "overheads", "percussion"})
"""The drums of a kit asked one by one, each a part of "the beat"."""


_SINGLED_OUT = re.compile(
    r"\b(mostly|mainly|especially|particularly|specifically|in particular)\b[^.?!]{0,40}$", re.IGNORECASE
)
"""The words that single one part out of a group just named ("mostly wondering if the ...")."""


def _beat_with_drum(
    text: str, instruments: tuple[str, ...], said: tuple[str, ...], topics: tuple[Topic, ...]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Topic, ...]]:
    """The parts asked with "the beat" left out when one drum is singled out after it ("whats ur read on my beat?
    mostly wondering if the snare is sitting ok"): the drum named is the part asked ("turned the kick up, does the
    beat hit now?" still asks the whole beat)."""
    if "drums" not in instruments or not set(instruments) & _ONE_DRUM:
        return instruments, said, topics
    i = instruments.index("drums")
    if i >= len(said) or not said[i].lower().endswith("beat"):
        return instruments, said, topics
    drums = [said[j] for j in range(len(said)) if j < len(instruments) and instruments[j] in _ONE_DRUM]
    at = [m.start() for d in drums for m in re.finditer(rf"\b{re.escape(d)}\b", text, re.IGNORECASE)]
    if not any(_SINGLED_OUT.search(text[:a]) for a in at):
        return instruments, said, topics
    keep = [j for j in range(len(instruments)) if j != i]
    return (
        tuple(instruments[j] for j in keep),
        tuple(said[j] for j in keep if j < len(said)),
        tuple(topics[j] for j in keep if j < len(topics)),
    )


def _instruments(
    text: str, names: NameWords = ()
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Topic, ...]]:
    """(canonical words, the words as said, topics), in the order they appear in the question."""
    found: list[tuple[int, str, str, Topic]] = []
    # "the fiddle player says its perfect": a person quoted, so the instrument in the name is taken already
    taken: list[tuple[int, int]] = [m.span() for m in re.finditer(PLAYER_SAYS, text, re.IGNORECASE)]
    for word, pattern, topic in (*names, *INSTRUMENTS):
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "bass drum" is a kick, not a bass; "backing vocals" are not the vocal
            taken.append((m.start(), m.end()))
            found.append((m.start(), word, m.group(0).lower(), topic))
            break
    found.sort()
    words = tuple(dict.fromkeys(w for _, w, _, _ in found))
    said = tuple(dict.fromkeys(s for _, _, s, _ in found))
    topics = tuple(dict.fromkeys(t for _, _, _, t in found))
    return words, said, topics


def complaint_in(text: str, instruments: tuple[str, ...] = ()) -> str | None:
    """The first complaint ``text`` names, as a question about ``instruments`` reads it (None: none)."""
    return _complaint(text, instruments)


_TONES_ON_DEVICE = frozenset({"muddy", "boomy", "harsh", "thin", "dull"})
"""Tones a question can say it hears on a device; the device then is where, not the complaint."""


def _size_unsaid(text: str) -> bool:
    """True when "small" was read from a device named ("on my car") and no word of size is said."""
    return re.search(r"\bsmall(er)?\b|\btin(y|ier)\b|\bmore size\b", text, re.IGNORECASE) is None


WANT_ON_TOP = re.compile(ON_TOP_WANTED, re.IGNORECASE)
_WIDTH_WANTED = re.compile(r"\bwid(e|er|en|th)\b|\bnarrow\w*|\bspread\b", re.IGNORECASE)
"""Width named as such (not "mono", which is also where a phone plays it)."""


_EVEN = re.compile(
    r"\b(cent(er|re)d|balanced|even(ly)?(?! (them|it|things|those|these|out|up)\b)|symmetric\w*)\b",
    re.IGNORECASE,
)
"""The even state of the stereo image, asked for ("is it centred?"); "even them up" is the move, not the state."""


_POKING = re.compile(r"\b(sticking|poking|popping) out\b", re.IGNORECASE)
"""'i was sure the shaker was poking out': a named part said too loud (an unnamed "thing" poking out is found)."""


_OPTIONS = re.compile(r"(?<=\?)(\s*[\w/-]+( [\w/-]+)?\s*\?){2,}\s*$")
"""'... wider? chorus? reverb? eq?': tools offered one word each after the question, a list to pick from."""
_OPTION_LIST = re.compile(r"(?<=\?)\s*[\w/-]+( [\w/-]+)?(\s*,\s*(or |n |and )?[\w/-]+( [\w/-]+)?){1,4}\s*\?")
"""'... wider n more stereo? chorus plugin, panning, something else?': the same list, said with commas."""
_SIDE_SAID = re.compile(SIDE_SAID, re.IGNORECASE)
"""One side of the mix said hollow or shoving the rest (``model.intent_words.SIDE_SAID``)."""
_HOW_WANTED = re.compile(
    r"\bhow (do|can|would|should) (i|we|you|u)\b|\bhow to\b|\bbest way\b|\bany tips\b|"
    # "whats a good starting point for compressing a vocal ... ratio, attack, release": settings asked for
    r"\b(good|decent|sensible) (starting|start) (point|settings?)\b|\bwhat settings\b|"
    # "whats a decent bus comp setting ... i want it cohesive not squashed": settings asked with a quality word
    r"\bwhat'?s (a|an|the|some) (good|decent|sensible|solid|safe|typical|standard|usual|nice) ([\w-]+ ){0,3}settings?\b",
    re.I,
)
"""A way asked for: the dynamics it is to spare ("without killing the dynamics") are no squash heard."""
_SPARED = re.compile(
    r"\b(without|but not|while not)\s+(\w+ )?(kill|los|flatten|squash|crush|smash|ruin|wreck|destroy|hurt)\w*\s+"
    r"(the |my |its |their |all the |all my )?(dynamics|punch|transients|life|groove|feel)\b|"
    # "so she sits steady without sounding squashed": the squash a way asked for must avoid, not one heard
    r"\b(without|but not|while not)\s+(it |her |him |them |the \w+ |my \w+ )?(sounding|getting|being|going|ending up)\s+"
    r"(too |all |totally |over-?)?(squashed|crushed|smashed|flattened|lifeless|compressed|pumpy|pumping)\b|"
    # "i want it cohesive not squashed": the squash the way must avoid, said as the wish's other side
    r"\b(want|keep|like|need)\b[^.?!]{0,30}\bnot (too |all |over-?)?(squashed|crushed|smashed|flattened|lifeless|"
    r"pumpy|pumping|compressed)\b|"
    # "dont want it pumping": the same limit, said as what the asker does not want
    r"\b(don'?t|do not|dont) (want|need|like) (it |them |the \w+ |my \w+ )?(to (be |sound |get |start )?)?(too |all |"
    r"over-?)?(squashed|crushed|smashed|flattened|lifeless|pumpy|pumping|compressed|over-?compressed)\b",
    re.I,
)
"""'without killing the dynamics': the dynamics spared by a way asked for, never a squash heard (a limit such as
'without it turning muddy' stays a complaint: the way must keep the mud out, so its answer says how)."""


_CLASH_SPARED = re.compile(
    r"\b(without|but not|while not)\s+(it|them|that|this|the [\w'-]+|my [\w'-]+)\s+(smother|bury|buri|mask|cover|drown|"
    r"swamp|step|clash|fight|crowd|stomp)\w*( (on|with|out|over))?\s+(the |my |our )?[\w'-]+",
    re.IGNORECASE,
)
"""'wide n lush without it smothering the vocal': a part to keep clear of, said as a limit on the way asked."""


_REST_OTHER_WAY = re.compile(
    r"\bor (is )?(everything|all|the rest)( else)?( of (it|the (mix|band|track|song|tracks)))? (is |sounds? |feels? |just )?"
    r"(too |way too |a bit |a little )?(quiet|low|soft|loud|hot|weak|buried)\b",
    re.IGNORECASE,
)
"""'... or everything else too quiet': the rest of the mix said the other way, the same claim as the part's."""


_LEVEL_SPARED = re.compile(
    r"\b(without|but not|while not) (it|them|her|him|that|this|the [\w'-]+|my [\w'-]+) (being|getting|sounding|going|"
    r"ending up|coming across) (too|way too|overly|super) (loud|quiet|hot|soft|low)\b|"
    # "how do i make the organ wider without it taking over": the level to keep clear of, said as what it would do
    r"\b(without|but not|while not) (it|them|her|him|that|this|the [\w'-]+|my [\w'-]+) (taking over|dominating|"
    r"hogging (the|everything)|running the show|jumping out|poking out)\b",
    re.IGNORECASE,
)
"""'get my vocal to sit in the mix without it being too loud': the level to keep clear of, never the complaint."""


_FELT_RIGHT = re.compile(
    r"\b(it|that|this|she|he|they) (felt|sounded|seemed|was|looked) (so |totally |pretty |just )?(right|fine|good|ok|"
    r"okay|great|balanced|perfect)\b[^?.!,]*?(?=\s+but\b|[,?.!]|$)",
    re.IGNORECASE,
)
"""'why tho, it felt right when i was ... listening back on my phone': a good state remembered, the asker's reason
for doubting, no complaint (the phone there is where it sounded right)."""


def _complaint(text: str, instruments: tuple[str, ...]) -> str | None:
    """The first complaint the question names. "too much bass" on a question about the bass is its level."""
    text = without_feeling(text)  # "im kinda lost on this one": the asker, not a part, is lost
    text = _FELT_RIGHT.sub(" ", text)
    text = _LEVEL_SPARED.sub(" ", text)
    # "is it the vocal thats too loud or everything else too quiet?": the rest said the other way is the same claim,
    # so the part's own word is the complaint
    if (rest := _REST_OTHER_WAY.sub(" ", text)) != text and (
        own := _complaint(rest, instruments)
    ) is not None:
        return own
    if _HOW_WANTED.search(text):  # "how do i get more smack without killing the dynamics?": no squash heard
        text = _SPARED.sub(" ", text)
        # "how do i make my pad wide n lush without it smothering the vocal?": the wish leads, the clash is a limit
        if (rest := _CLASH_SPARED.sub(" ", text)) != text and (
            wished := _complaint(rest, instruments)
        ) is not None:
            return wished
    side_said = _SIDE_SAID.search(text) is not None
    if side_said and not instruments:
        return "lopsided"  # "the whole left side is shoving everything out the way": before a "crunchy" beside it
    for name, pattern in COMPLAINTS:
        if re.search(pattern, text, re.IGNORECASE):
            # "gonna slap some distortion on it": a colour proposed, not clipping heard
            if name == "clipping" and not re.search(
                pattern, re.sub(f"{DISTORTION_ADDED}|{PLAYED_DISTORTED}", " ", text, flags=re.I), re.I
            ):
                continue
            if name == "loudness" and PART_OUT.search(text) and not _LOUDNESS_SAID.search(text):
                continue  # "uploading to spotify, anything stick out level wise?": the balance, not the loudness
            if name == "loudness" and (
                quality := compared_quality(text, lambda t: _complaint(t, instruments))
            ):
                return (
                    quality  # "thin compared to spotify": the platform is the reference, thin the complaint
                )
            if (
                name == "loud"
                and WANT_ON_TOP.search(text)
                and not re.search(pattern, WANT_ON_TOP.sub(" ", text), re.I)
            ):
                continue  # "how do i make the vocal sit on top of the guitars?": on top wanted, not heard
            if name == "loud" and not instruments and not re.search(pattern, _POKING.sub(" ", text), re.I):
                continue  # "this plinky thing poking out": an unnamed part, found by what is off, not asked which
            if name in ("quiet", "loud") and low_end_said(text, pattern, instruments, instrument_words):
                return "boomy" if name == "loud" else "thin"  # "the lows overpower": the low end's share
            if name in ("quiet", "loud") and not instruments and TOP_END.search(text):
                return "dull" if name == "quiet" else name  # "the top end way too hot?": that range's share
            if name == "loudness" and instruments and re.search(r"loud enough", text, re.I):
                return "quiet"  # "is the vocal loud enough?" asks about the vocal's level
            if (
                name == "loudness"
                and not instruments
                and re.search(
                    r"loud enough (on top|over (the|everything|it all)|above|against|next to|up front)",
                    text,
                    re.I,
                )
            ):
                return "quiet"  # "is it loud enough on top?": a part's level over the rest, not the mix's loudness
            if name == "loudness" and LOW_END.search(text) and re.search(r"loud enough", text, re.I):
                return "thin"  # "is the low end loud enough?": the low end's share, not the mix's loudness
            if (
                name in ("quiet", "loud")
                and not instruments
                and _MASTER.search(text)
                and not _ANY.search(text)
            ):
                return "loudness"  # "how do I get my mix louder?"
            if name == "balance" and (
                instruments or re.search(r"\b(tonal|tone|eq|frequenc\w*|spectr\w*)\b", text, re.I)
            ):
                continue  # "the balance between kick and bass" asks about those two; "tonal balance" is EQ
            if (
                name == "small"
                and _size_unsaid(text)
                and any(re.search(p, text, re.IGNORECASE) for n, p in COMPLAINTS if n in _TONES_ON_DEVICE)
            ):
                continue  # "why does it sound muddy on my car stereo?": the tone said, the device where it's heard
            if name == "small" and _size_unsaid(text) and _WIDTH_WANTED.search(text):
                continue  # "wider without it falling apart on a mono phone speaker": width asked, the phone where
            if name == "boomy" and "bass" in instruments and re.search(r"too much bass\b", text, re.I):
                return "loud"
            if (
                name == "loud"
                and not instruments
                and re.search(r"\bloud\b", text, re.I)
                and not re.search(r"too loud|overpower|dominat|sticks? out", text, re.I)
            ):
                return "loudness"  # "is it loud?" about the whole mix is a loudness question
            return name
    if side_said and instruments:
        return "lopsided"  # "the left side feels so empty? the gtr panned over there just vanishes": no level said
    if instruments and _TAME.search(text):  # "how do i tame the hats?": the part's bite, or a low part's boom
        return "boomy" if set(instruments) <= _LOW_PARTS else "harsh"
    return None if instruments else mix_only_complaint(text)  # "top end all ticky", "is the master glassy?"


_TAME = re.compile(r"\btam(e|ing) (the|it|them|em|'em|that|this|those|these|my|down|a bit)\b", re.IGNORECASE)
"""'tame the hats': less of what sticks out, with no complaint word said ("sound kinda tame" is a lack)."""
_LOW_PARTS = frozenset({"kick", "bass"})


_PANNED_DONE = re.compile(
    # "both rhythm gtrs r panned the same distance out": the state reported, the same context
    r"\b(i|we|i'?ve|we'?ve|already|just)( have)?( already| just)? panned\b|\b(are|r|'re|were|is|'s|was) (both |all |each )?"
    r"(hard |already )?panned\b|"
    # "the rhythm part panned over there just evaporates": where a part sits, said of it, not a panning asked
    r"(?<!be )(?<!get )\bpanned (over )?(there|that way|that side|to that side)\b",
    re.IGNORECASE,
)
"""A panning the asker reports as done ("i panned both gtrs the same amount each way"): context, not the ask."""
_NOT_DONE = re.compile(
    r"\b(didn'?t|did not|haven'?t|have not|never|hardly)( even| really| yet)? (touch(ed)?|use[ds]?|add(ed)?|put|tried|"
    r"mess(ed)? with|go near)( any| the| my| some| much)? [\w-]+( on (it|them|anything|the \w+))?|"
    # "there's no sidechain on anything": a move said not made, whatever verb it lacks
    r"\b(there'?s|there is|theres) no [\w-]+( (on|anywhere|in)( (it|them|anything|the \w+|my \w+))?)?(?=\s*([,.;!?]|$))",
    re.IGNORECASE,
)
NEXT_FIRST = re.compile(
    r"\bwhat(\W?s| is)? next\b|\bwhat now\b|\bwhat (should|do|would|can|shall) (i|we|u) (do|work on|fix|tackle|change|"
    r"try|look at) (next|now)\b",
    re.IGNORECASE,
)
"""'what's next?', 'what should i do now?': with nothing before, where to start ('what else?' and 'then what?'
presume a step before them and keep walking on)."""
GENRE_REASON = re.compile(
    r"\b(?P<kind>song|mix|track|tune|record|genre|style)s? (where|when|in which|since|cuz|because) [^,;.!?]{1,40}",
    re.IGNORECASE,
)
"""Why a genre might allow a state ("for a rock song where guitars lead"): parts named there are the genre's
habit, not parts asked about."""
MIX_DIPS = re.compile(
    r"\b((the|my) whole (mix|track|song|thing|beat)|everything|the mix|my mix|it all|the song|the track) (\w+ ){0,2}"
    r"(ducks?|ducking|pumps?|pumping|breathes?|breathing|dips?|dipping|wobbles?|wobbling)\b"
    r"(?! (with|to|along with) (the |my |each |every )?(kick|beat))",
    re.IGNORECASE,
)
"""The mix heard ducking or pumping on its own ("the whole mix ducks every time the bass plays"): a symptom to
explain, not a sidechain asked for (which "pump with the kick" is)."""
WANTED_FRONT = re.compile(
    r"\b((how|hw) (do|can|would|should|to) (i|we|you)?|want|wanna|trying to|try to|help me)\b[^?.!]{0,30}\b(get|make|have|"
    r"bring|put|push)\b[^?.!]{0,30}\b(more |really |right )?(up ?front|forward|closer|intimate|in (your|ur|my|the) face)",
    re.IGNORECASE,
)
"""A part wished further forward ("how do i get my vocal more upfront n intimate"): a place asked for."""
IN_FACE = re.compile(r"\b(like )?(right |really )?in (your|ur|my|the) face\b", re.IGNORECASE)
"""'in your face': said of a part wished forward, the wish's own words."""
TOOL_DONE = re.compile(
    r"\b(i|i've|ive|i have|we|we've)( already| just| even| also)? (compressed|eq'?d|eqed|eq-?ed|limited|gated|"
    r"de-?essed|saturated|(put|added|threw|slapped|used|stuck) (a |an |some )?(comp|compressor|compression|eq|"
    r"limiter|gate|de-?esser|reverb|delay)s?)\b|"
    # "i double tracked the rhythm parts n panned them hard": the panning told as done
    r"\b(i|i've|ive|i have|we|we've)\b[^.?!]{0,40}\b(panned|widened)\b",
    re.IGNORECASE,
)
"""A tool told as already used ("i compressed it already", "i put a comp on it"): context for a why, not its
subject."""
HOW_THEY_SIT = re.compile(
    r"\bhow (do|does|are|is)\b[^?]{0,60}\b(get along|gel|sit|sitting|work|working|play|sound|feel|fit)\b[^?]{0,30}\?",
    re.IGNORECASE,
)
"""An open question on how parts sit together ("how do the gtrs n my vocal get along in the chorus?")."""
_OTHER_CAUSE = re.compile(
    r",?\s*or (is|was) (that|it|this) (just |only |maybe )?(the|my) [\w-]+\s*\??\s*$", re.I
)
"""'right gtr seems hot, or is that just the panning': a technique guessed as the cause, not a move asked about."""
"""A move the asker says they have not made ("i didnt even touch the eq", "haven't used any compression", "there's
no sidechain on anything"):
context for the question, not its subject."""


def _names_word(word: str, names: NameWords) -> bool:
    """True when ``word`` is a handle of one of the session's own track names, so spelling leaves it alone."""
    return any(re.search(pattern, word, re.IGNORECASE) for _, pattern, _ in names)


def _parse(question: str, names: NameWords = ()) -> Intent:
    """One question on its own, without the conversation."""
    own = [w for w, _, _ in names]  # the session's own track names, which a slip reads back to as well
    spoken = without_lead_in(normalise(" ".join(question.split()), lambda w: _names_word(w, names), own))
    text, tag = strip_tag(spoken)
    tag = tag or rising_statement(text)
    text = as_yes_no(text)
    explain = bool(_EXPLAIN.search(text)) or bool(re.search(r"\bexplain\b|\bwhy\b.*\bexplain", text, re.I))
    # "i didnt even touch the eq": the EQ is not what they ask about
    untouched = _OTHER_CAUSE.sub(" ", _NOT_DONE.sub(" ", text))
    # "that left-panned gtr": which guitar, not a panning question
    untouched = PANNED_PART.sub(" ", untouched)
    # "why does the whole mix duck every time the bass plays?": a level heard dipping, not a sidechain asked for
    untouched = MIX_DIPS.sub(" ", untouched)
    # "how do i make the pad wider? chorus? reverb? eq?": the tools offered after it are options, the goal leads
    asked_before = _OPTION_LIST.sub("", _OPTIONS.sub("", untouched))
    technique = next((name for name, pats in TECHNIQUE_WORDS.items() if _find(pats, asked_before)), None)
    technique = technique or next(
        (name for name, pats in TECHNIQUE_WORDS.items() if _find(pats, untouched)), None
    )
    if technique is None and hz_move(untouched):
        technique = "eq"  # "should I cut 250 on the kick?": a move at a frequency is an EQ move
    # "not the kick, ...", "send it to the singer": parts taken back or people named are not parts asked about
    heard = without_corrected(without_position(without_recipient(text), _MASTER), names, _instruments)
    # "ok for a rock song where guitars lead?": the guitars not asked about
    heard = GENRE_REASON.sub(lambda m: m.group("kind"), heard)
    if mix_claim(text) == "lack":
        heard = HEARD_ONLY.sub(" ", heard)  # "skeletal, like its just my voice n a fiddle": the gap, not them
    heard = without_praised(heard)  # "bass n rhodes are doing their thing but theres no backbone": not them
    instruments, said, topics = sung_part(heard, _instruments(low_end_as_bass(heard), names))  # lows; words
    instruments, said, topics = _beat_with_drum(heard, instruments, said, topics)
    complaint = move_free_complaint(text, first_claim(lambda t: _complaint(t, instruments)))  # "pulled back?"
    if complaint in ("loud", "quiet", "loudness") and LOUDER_FOOLS.search(text):
        # "line it up against a commercial song so im not fooled by whichever one is louder": why references are
        # loudness-matched, not a level complaint about the mix
        complaint = _complaint(LOUDER_FOOLS.sub(" ", text), instruments)
    if complaint == "loud" and WANTED_FRONT.search(text):
        # "how do i get my vocal more upfront, like right in ur face?": the place wished for, not a part too loud
        complaint = _complaint(IN_FACE.sub(" ", text), instruments)
    if complaint == "loud" and instruments and ALL_DOWN.search(text):
        # "should i pull every track down so the vocal cuts thru?": the others down for the part named, heard too quiet
        complaint = "quiet"
    if complaint is None and technique is None:
        # "do I need more from the organ?", "is there enough bass?": is it too quiet
        complaint = more_complaint(text, said) or enough_of(text, said)
    if complaint is None and not instruments and LOW_END.search(text):
        complaint = low_end_more(text)  # "does the low end need more?": it lacks
    complaint = small_next_to_reference(text, complaint)  # "small next to pro mixes": no phone, so thin
    if not instruments and complaint in (None, "quiet", "loud") and reference_loudness(text, complaint):
        complaint = "loudness"  # "so much quieter than my reference": the mix's loudness
    if instruments and complaint in (None, "quiet", "loud") and stated_level(text):
        complaint = stated_level(text)  # "bvs sound louder than the lead": said over it, so too loud
    if (
        complaint in ("lopsided", "quiet", "loud")
        and technique == "panning"
        and not re.search(r"\bpan", _PANNED_DONE.sub(" ", text), re.I)
    ):
        # "compare the left and right", "i panned both gtrs the same amount, why is it tipping right?", "the gtr
        # panned over there just vanishes": the sides' or the part's level, not how to pan (a panning said as done
        # or as where a part sits is context)
        technique = None
    if (
        complaint == "narrow"
        and technique == "panning"
        and not re.search(r"\bpan|\bhow to\b|\bhow (do|can|should|would) (i|you|we)\b", text, re.I)
    ):
        technique = None  # "how is the stereo field?": the mix's width judged, not a panning lesson
    if complaint == "loud" and len(instruments) >= 2 and technique in (None, "eq") and BURIES.search(text):
        # "is the guitar drowning out the vocal?": one part hiding another, both measured (a tool guessed as the
        # cause, "is the sidechain not working? the sub smothers the kick", keeps its own answer; an EQ asked for,
        # "guitar is drowning the vocal, how should i eq it", is the clash's own EQ step)
        complaint = "clash"
    if complaint in ("boxy", "muddy", "dull", "thin") and len(instruments) >= 2 and technique is None:
        # "my voice goes all boxy once the acoustic is in": one part changed by the other playing
        complaint = "clash" if COMES_IN.search(text) else complaint
    if complaint == "narrow" and instruments and set(instruments) <= {"bass", "kick"} and MONO_Q.search(text):
        complaint = None  # "is the bass in mono?": where the low end sits, a state wanted, not a narrow mix
    if complaint is None:  # "cut 300 Hz on the mix?", "cut the guitar lows?": the complaint the move implies
        complaint = implied_move_complaint(text, technique, len(instruments))
    if instruments and complaint in (None, "loud") and SHOULD_BE_LOUD.search(text):
        complaint = "quiet"  # "shouldn't it be loud?": wished louder, not said too loud
    hear_it = bool(instruments and complaint in (None, "punch") and HEAR_IT.search(text))
    complaint = "quiet" if hear_it and complaint is None else complaint
    about_master = bool(
        _MASTER.search(text) or READY_Q.search(text) or REASON_NOT_Q.search(text)
    ) or complaint in (
        "loudness",
        "small",
        "clipping",
        "squashed",
    )
    has_subject = bool(instruments or technique or complaint or about_master or mix_claim(text))
    wants = wants_of(text, has_subject)
    if (tag and wants in (None, Wants.LISTEN)) or (
        wants in (None, Wants.HOW_TO) and (has_yes_no_clause(text) or bool(_OTHER_CAUSE.search(text)))
    ):
        wants = (
            Wants.JUDGE
        )  # "the bass is too loud, right?", "too loud? and what do I do?": a yes or no first
    if wants in (None, Wants.HOW_TO) and either_state(text):
        wants = Wants.JUDGE  # "snare level ok or should it be louder": one of its two answers, not a how-to
    if wants in (None, Wants.JUDGE) and wish(text) and has_subject:
        # "make the piano warmer", "can you give the kick more punch?": the how, not a verdict
        wants = Wants.HOW_TO
    if wants is None and complaint and instruments and EARS_ASKED.search(text):
        # "strumming's louder than my singing, whats ur ears telling u": the claim, checked
        wants = Wants.JUDGE
    if wants is None and open_question(text) and not tag:
        # "sounds thin, what am I missing?": the thing found, not a yes or no
        # "finished the mix, what's jumping out?": the whole mix alone is no subject to fix, the open look itself
        # "gimme the brutal truth, what sticks out to u": the loud word is the open look itself, not a fault to fix
        out = WHAT_STICKS_OUT.search(text) is not None and not instruments
        wants = (
            Wants.HOW_TO
            if has_subject and not out and (instruments or technique or complaint or mix_claim(text))
            else Wants.LISTEN
        )
    if wants is None:
        # a statement: "the kick feels lost" wants a fix, "turn the bass up?" a yes or no, "the snare" alone a
        # judgement, "explain sidechain" how it works
        if complaint and instruments:
            wants = Wants.JUDGE if asked_as_said(text) else Wants.HOW_TO
        elif technique and not instruments and not complaint:
            wants = Wants.HOW_TO
        else:
            wants = Wants.JUDGE if has_subject else Wants.LISTEN
    if asks_frequency(text):
        wants = Wants.HOW_TO  # "which frequency should I cut on them?": where to move, not whether
    # "how many dB do the horns need? gonna draw it in as automation": the size, drawn in
    if wants == Wants.HOW_MUCH and technique == "automation" and instruments and _DB_ASKED.search(text):
        technique = None
    if (
        wants == Wants.WHY
        and technique is not None
        and instruments
        and complaint in (None, "loud", "quiet")
        and TOOL_DONE.search(text)
    ):
        # "why is the snare so brutal? i compressed it already": the tool told as done is context for a level heard
        # ("why does it sound squashed? i compressed it" keeps the tool: it may be the cause)
        technique = None
    if (
        wants == Wants.JUDGE
        and technique is not None
        and instruments
        and (done := TOOL_DONE.search(text)) is not None
        and done.start() > 0
        and HOW_THEY_SIT.search(text[: done.start()])
    ):
        # "how do the gtrs n my vocal get along? i double tracked the rhythm parts n panned them hard": the parts
        # asked about, the tool told as done after the question is context, no move proposed (nor "wide" a complaint)
        technique = None
        complaint = _complaint(text[: done.start()], instruments)
    should = wants == Wants.JUDGE and (
        technique is not None
        or bool(_MOVE_Q.search(text))
        or guesses_new_source(text)
        # "should i just drag every instrument down a few db to make room?": every fader moved, proposed
        or bool(re.search(r"\bshould (i|we)\b", text, re.I) and ALL_DOWN.search(text))
    )
    topic = topics[0] if topics else (Topic.OVERALL_MIX)
    if instruments:
        kind = IntentKind.TECHNIQUE if technique else IntentKind.TOPIC
    elif technique:
        kind = IntentKind.TECHNIQUE
    elif _VAGUE.search(text) or (
        len(text.split()) <= 2
        and not asks_frequency(text)  # "which frequency?": the move before, placed
        and not has_subject
        and not _HEAR.search(text)
        and not _MORE.search(text)
        and not _FIRST.search(text)  # "top priority?" asks what first
        and not _WHAT_MISSING.search(text)  # "whats missing?": what the mix lacks, a question of its own
        and not _ONE_WORD_ASK.search(text)  # "verdict?", "ready?": the whole mix judged, in a word
    ):
        kind = IntentKind.AMBIGUOUS
    elif about_master or complaint:
        kind = IntentKind.TOPIC
    else:
        kind = IntentKind.WHAT_DO_YOU_HEAR
    head = ready_head(text)
    asks_problem = wants == Wants.JUDGE and (
        bool(_asks_problem(head) or BLAME_Q.search(head) or CUT_Q.search(head) or asks_bad_state(head))
        or bool(REASON_NOT_Q.search(text))  # "any reason not to (send it)?": a problem found is the reason
        or asks_missing(text)
        or _tag_claims_problem(tag, text, complaint)
    )
    asks_raise = wants == Wants.JUDGE and (
        bool(_RAISE_Q.search(text) or SHOULD_BE_LOUD.search(text)) or boosts_part(text, instrument_words)
    )
    if asks_raise and complaint is None and _RAISE_Q.search(text) and instruments:
        complaint = (
            "quiet"  # "give it like 3db more or nah": a raise asked is the quiet side, as "turn it up?" is
        )
    asks_ok = (
        wants == Wants.JUDGE
        and (
            bool(_OK.search(_OPINION_TAIL.sub("", text)))  # "buried or nah, my mate reckons its fine": theirs
            or asks_level_ok(text)  # "acoustic ok level wise?": the part's level, asked as a state
            # "good enough to hand off or is some part jumping out?": the ready ask, its feared outcome after "or"
            or bool(READY_Q.match(text) or (READY_Q.search(head) and not _asks_problem(head)))
        )
        and not _NOT_OK.search(text)
        and not OR_LEAVE_IT.search(text)
        and not (complaint is not None and OR_FINE_TAIL.search(text))
    ) or (  # "are you happy with the brass?": a plain yes/no on a part's state, by its form
        plain_state_question(
            wants == Wants.JUDGE, instruments or about_master, complaint, technique, text, tag
        )
        and not (asks_problem or asks_raise or should or hear_it)
    )
    asks_ok = asked_ok(text, asks_ok, wants == Wants.JUDGE, lambda t: _complaint(t, instruments))
    if (
        complaint == "lopsided"
        and wants == Wants.JUDGE
        and _EVEN.search(text)
        and not re.search(r"\bor\b", text)
    ):
        asks_ok = True  # "is my mix centred?": the even state asked, so a lean measured is a no
    return Intent(
        kind=kind,
        topic=topic,
        technique=technique,
        explain=explain,
        mentions=said,
        wants=wants,
        instruments=instruments,
        complaint=complaint,
        tone=tone_beside_level(text, complaint, instruments),
        about_master=about_master and not instruments,
        should=should,
        question=text,
        more=bool(_MORE.search(text)) and not DONE_OR_MORE.search(text),
        enough=hear_it or asks_enough(text) or as_full(text),
        asks_ok=asks_ok,
        asks_problem=asks_problem,
        asks_raise=asks_raise,
        tag=tag,
        any_track=not instruments and bool(_ANY.search(text)),
    )


_YES_NO = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|does|do|did|has|have|was|were|will|would|could|can|am|should|isn'?t|doesn'?t)\b",
    re.IGNORECASE,
)


def asks_yes_no(intent: Intent) -> bool:
    """A question that takes a yes or no ("is anything too loud?", "..., right?"), not "what is it?"."""
    q, forms = intent.question, (_YES_NO.search, late_yes_no, any_first)  # "anything too loud?": no auxiliary
    return intent.wants == Wants.JUDGE and (intent.tag or any(bool(form(q)) for form in forms))


def _tag_claims_problem(tag: bool, text: str, complaint: str | None) -> bool:
    """ "the guitar's doing something weird, isn't it?": a tagged statement with no complaint word that is not
    about a good state claims a problem, so a problem found means yes."""
    hear_it = bool(HEAR_IT.search(text))
    return (
        tag
        and (complaint is None or claims_bad_state(text))  # "the balance is way off, is it?"
        and not _OK.search(text)
        and not asks_level_ok(text)
        and not GOOD_STATE.search(text)
        and not hear_it
        and not re.search(r"\benough\b", text, re.I)
        and not READY_Q.search(text)  # "ok to send it to mastering?": the ready state asked, no fault claimed
    )


_AND_SHOULD = re.compile(r"^\s*(and|so|ok|okay)\s+(should|shall)\b", re.IGNORECASE)


def _is_follow_up(own: Intent, text: str) -> bool:
    """A question that leaves out what it is about (or what it wants), leaning on the previous one."""
    if own.more:  # "what else?" opens a new subject
        return False
    if own.wants in (Wants.BETTER, Wants.HOW_MUCH) and not own.instruments and not own.technique:
        return own.wants != Wants.HOW_MUCH or not OWN_LOUDNESS_SUBJECT.search(text)  # "for youtube?"
    if (asks_frequency(text) or asks_setting(text)) and not own.instruments:
        return True  # "which frequency?", "what attack?": where the move just given goes, or its setting
    if own.wants == Wants.WHY and not own.instruments and not own.complaint and not own.about_master:
        return True
    if own.kind == IntentKind.AMBIGUOUS and re.match(r"^\s*(and|what about|how about)\b", text, re.I):
        return True
    # "and should the bass come down": a move proposed on a part, its level complaint the move's own, still hangs on
    # the last ask (after "what's the biggest problem?": is it the first move)
    proposed = own.complaint in ("loud", "quiet") and _AND_SHOULD.match(text) is not None
    if own.instruments and (not own.complaint or proposed) and not own.technique:
        return named_follow_up(text)  # "and the snare?", "not the vocal, the harmony": the last one's ask
    if mix_claim(text) is not None and not own.instruments:
        return False  # "does it feel kinda empty?": "it" is the mix, a subject of its own, not the last part
    if own.complaint in ("loud", "quiet") and not own.instruments and not own.about_master:
        return bool(PRONOUN_LEVEL.search(text))  # "is it too loud?" after "how's the vocal?": the vocal
    if not own.instruments and not own.about_master and not own.complaint and not _HEAR.search(text):
        return bool(_FOLLOW_UP.search(text)) and own.kind != IntentKind.AMBIGUOUS
    return False


MAX_FOLLOW_DEPTH = 6


def classify(
    question: str, history: tuple[Turn, ...] = (), _depth: int = 0, *, names: NameWords = ()
) -> Intent:
    """The intent of ``question``; a follow-up borrows what it leaves out from the previous question.

    "and the snare?" after "is the kick too loud?" asks whether the snare is too loud; "how much?" and "why?"
    keep the earlier subject; "did that help?" compares with the earlier clip about the same subject.
    ``names``: handles for the session's own track names, so "the upright" and "the clap" are instruments too.
    """
    own = _parse(question, names)
    users = [i for i, t in enumerate(history) if t.role == "user"]
    if not users and own.wants == Wants.BETTER and opens_level_place(own.question):
        own = replace(own, wants=Wants.JUDGE)  # "how's the kick level rn" with nothing before: its state now
    if not users and own.more and not own.instruments and NEXT_FIRST.search(own.question):
        own = replace(own, more=False)  # "what's next?" with nothing before or named done: the first thing
    if users and _depth < MAX_FOLLOW_DEPTH and (cut := _tone_cut_sized(own, history, users[-1], names)):
        return cut
    if not users or _depth >= MAX_FOLLOW_DEPTH or not _is_follow_up(own, own.question):
        return _mix_by_default(own)
    last = users[-1]
    previous = classify(history[last].content, history[:last], _depth + 1, names=names)
    prev_topic = next((t.topic for t in reversed(history) if t.topic is not None), previous.topic)
    instruments = own.instruments or previous.instruments
    mentions = own.mentions or previous.mentions
    wants = own.wants
    if own.instruments and own.wants in (Wants.JUDGE, Wants.LISTEN):
        # "and the snare?" asks what was asked about the kick; after "why?" or "how much?" it asks the question, and
        # after "what's the biggest issue?" whether this part is one ("and the kick?": 'Bass' covers it), unless it
        # proposes a move itself ("and should the bass come down": the first move, yes or no)
        proposes = own.should or re.search(r"\b(should|shall|need to|gotta)\b", own.question, re.IGNORECASE)
        kept = (Wants.JUDGE, Wants.HOW_TO, Wants.WHAT_FIRST) if proposes else (Wants.JUDGE, Wants.HOW_TO)
        wants = previous.wants if previous.wants in kept else Wants.JUDGE
    technique = own.technique or (previous.technique if not own.instruments or previous.technique else None)
    kind = own.kind
    if (
        kind in (IntentKind.AMBIGUOUS, IntentKind.WHAT_DO_YOU_HEAR) and previous.kind != IntentKind.AMBIGUOUS
    ) or (own.instruments and previous.technique):
        kind = (
            previous.kind
            if not own.instruments
            else (IntentKind.TECHNIQUE if technique else IntentKind.TOPIC)
        )
    return _mix_by_default(
        replace(
            own,
            kind=kind,
            topic=own.topic if own.instruments else (prev_topic or previous.topic),
            technique=technique,
            instruments=instruments,
            mentions=mentions,
            wants=wants,
            complaint=own.complaint or (None if asks_setting(question) else previous.complaint),
            tone=own.tone
            if own.complaint
            else previous.tone,  # "and the harmony?" after "vocal harsh and loud"
            about_master=(own.about_master or previous.about_master) and not instruments,
            should=wants == Wants.JUDGE and (technique is not None or own.should),
            asks_ok=own.asks_ok or (previous.asks_ok and wants == Wants.JUDGE and not own.complaint),
            asks_problem=own.asks_problem
            or (previous.asks_problem and wants == Wants.JUDGE and not own.complaint),
            enough=own.enough or (previous.enough and wants == Wants.JUDGE and not own.complaint),
            explain=own.explain or (own.wants == Wants.WHY and previous.explain),
            follow_up=True,
        )
    )


_CUT_SIZED = re.compile(
    r"\b(cut|cutting|dip|dipping|notch|notching|scoop|scooping|take out|pull out)\b", re.IGNORECASE
)
"""A cut sized ("how much should i cut the gtrs?"): after a tone complaint on the same part, the EQ dip."""


def _tone_cut_sized(own: Intent, history: tuple[Turn, ...], last: int, names: NameWords) -> Intent | None:
    """ "how much should i cut the gtrs?" after "the gtrs sound harsh": the size of the EQ dip for that tone on that
    part (a cut of a fader would answer a level nobody complained of); None for any other question."""
    if own.wants != Wants.HOW_MUCH or own.complaint or own.technique or not own.instruments:
        return None
    if not _CUT_SIZED.search(own.question):
        return None
    previous = classify(history[last].content, history[:last], MAX_FOLLOW_DEPTH, names=names)
    if previous.complaint not in TONE_COMPLAINTS or not set(own.instruments) & set(previous.instruments):
        return None
    return replace(own, complaint=previous.complaint, tone=previous.tone, technique="eq", follow_up=True)


def _mix_by_default(intent: Intent) -> Intent:
    """ "is it too loud?" with no part talked about: the only "it" that was listened to is the mix, so it asks
    for the mix's loudness. A move asked for ("turn it up?") stays open: the answer asks which."""
    if (
        intent.wants == Wants.JUDGE
        and intent.complaint in ("loud", "quiet")
        and not (intent.instruments or intent.about_master or intent.technique or intent.any_track)
        and PRONOUN_LEVEL.search(intent.question)
        and not level_request(intent.question)
    ):
        return replace(intent, complaint="loudness", about_master=True)
    return intent


def previous_question(history: tuple[Turn, ...]) -> tuple[str, tuple[Turn, ...]] | None:
    """The last user question of ``history`` with the turns before it, or None."""
    users = [i for i, t in enumerate(history) if t.role == "user"]
    if not users:
        return None
    return history[users[-1]].content, history[: users[-1]]
