"""Which kind of answer a question wants, from its words: a yes/no judgement, how to, why, what first, how much,
is it better now, or the open "what do you hear?". Split from ``model.intent`` (which reads what it is about)."""

from __future__ import annotations

import re

from model.better_or_still import asks_better_or_still
from model.further_move import further_size
from model.intent_forms import READY_Q, REASON_NOT_Q
from model.intent_verdict import ANYTHING_BAD
from model.overdone_cut import asks_overdone
from model.reported_move import FADER_VERBS, reports_move


class Wants:
    """The kind of answer a question asks for; the answer leads with it."""

    JUDGE = "judge"  # "is the vocal too loud?", "should I put reverb on the bass?": yes or no first
    HOW_TO = "how_to"  # "how do I make the guitars wider?", "what would you do?": the one move first
    WHY = "why"  # "why does my mix sound small on my phone?": the measured cause first
    WHAT_FIRST = "what_first"  # "what should I fix first?": the one biggest problem
    HOW_MUCH = "how_much"  # "how much?": the size of the move
    BETTER = "better_now"  # "did that help?": this clip against the last one
    LISTEN = "what_do_you_hear"  # "what do you hear?": the open question


WANTS = (Wants.JUDGE, Wants.HOW_TO, Wants.WHY, Wants.WHAT_FIRST, Wants.HOW_MUCH, Wants.BETTER, Wants.LISTEN)

_HEAR = re.compile(
    r"what do you (hear|think)|how does (it|this|the mix|my mix) sound|any (thoughts|feedback|notes)|what('s| is) (wrong|off|the (problem|issue))\b|"
    r"what (would|should) (you|i) (change|fix|improve)\b(?! first)|thoughts\??$|^\s*(so\s*)?\??\s*$|\blisten\b|"
    r"how('s| is) (it|this|the mix|my mix)( sounding)?\W*$|"
    # "ok be brutal", "roast my mix", "no sugarcoating": an honest critique asked for, what I hear
    r"\bbe (brutal|brutally honest|honest|real|straight|harsh|blunt)\b|\b(roast|critique|review|rate|judge) (it|this|my mix|"
    r"the mix|my song|the song|my track|me)\W*$|\bno sugar-?coat\w*|\bdon'?t (hold back|sugar-?coat\w*)\b|"
    r"\btear (it|this|my mix) apart\b|"
    # "first impressions?", "gut reaction?": what I hear, asked in two words
    r"\b(first |initial |overall |honest )?impressions?\W*$|\bgut (reaction|feeling|check)\W*$|\binitial thoughts\b|"
    # "tell me what you make of it"
    r"\b(tell me|say) what (you|u|ya) (hear|think|make of)\b",
    re.IGNORECASE,
)
IMPRESSION_OF_MIX = re.compile(
    r"\b(first |initial |overall |honest |gut )+(impressions?|reaction) (of|on) (this|the|my|it)( (whole )?(mix|song|"
    r"track|tune|thing))?\W*$",
    re.IGNORECASE,
)
"""'give me your honest first impression of this mix': the open look asked of the whole mix ("your honest take on
the mix" stays a verdict: ``tests/test_answers_question_shapes_60.py``)."""
LEAVE_AS_IS = re.compile(
    r"^\W*(and |so |but |ok )?(what )?((happens|would happen|will happen) )?if i( just)? (leave|keep) (it|them|that|this|'?em)\b",
    re.IGNORECASE,
)
"""'and if i leave it?', 'what if i just leave them': leaving the part as it is, offered."""
_MORE = re.compile(
    r"\bwhat else\b|\banything else\b|\bwhat('s| is)? next\b|\bwhat now\b|\bnext (thing|problem|step)\b|"
    r"\bwhat other\b|\bsomething else\b|"
    # "is that it or is there more?", "is that the only problem?": whether anything follows the one given
    r"\bis (that|this) (it|all|everything)\b(?! (too|way|a bit|kinda)\b)|\bis there (any ?thing )?more\b|"
    r"^\W*(so |and |ok )?is (that|this) the only (problem|thing|issue|one|fault)\b|"
    # "done with the bass, next?": the next step, asked with one word after what was done
    r"[,.;!?]\s*(ok |so |and |then )?next\s*\?+\s*$|"
    # "what should i do next?", "ok what do i do now": the next step, asked alone
    r"^\W*(ok |okay |so |and |alright )?what (should|do|would|can|shall) (i|we|u) (do|work on|fix|tackle|change|try|"
    r"look at) (next|now)\W*$|"
    # "and then?", "then what?", "ok, after that?": the step after the one just given ("before then what would it
    # be" is a time, not a step)
    r"^\W*(and|ok|okay|so)?\W*then\W*$|(?<!before )(?<!by )(?<!until )(?<!till )\bthen what\b|^\W*(and|ok|okay|so)?\W*(what )?after that\W*$",
    re.IGNORECASE,
)
_BETTER = re.compile(
    r"\bdid (that|it|this|the change|my change|what i did) (help|work|fix|sort|solve|cure|do (it|anything|the trick))|\bhow('s| is| does) that( sound| look)?( now)?\s*\?*\s*$|"
    r"\bhow('s| is| does) (it|this|that)( sound| look)? now\b|\bhow('s|s| is| are| does) [^?]{0,30}\bnow\s*\?*\s*$|\bsounds? better\s*\?|"
    r"^\s*(ok,? |so,? )?(i )?(just )?(cut|added|took|scooped|notched|high-?passed)\b[^,?]{3,60},[^?]*\bnow\b[^?]*\?|"
    rf"^\s*(ok,? |so,? )?(i )?(just )?(tweaked|boosted|dipped|{FADER_VERBS})\b.*\?|\b(is|does) (it|that|this) "
    r"(sound )?(any )?better\b|\bbetter( (balance|balanced|sounding|level|levels|mix))? now\b|\bany better\b|\bimproved?\b|\bhow about now\b|\bwhat about now\b|"
    r"^\s*(and|ok|okay|so)?,? ?(now|better)\s*\?|[,;]\s*(is it |is that )?better\s*\?*\s*$|\bfixed it\b|(?<!should )(?<!can )(?<!do )(?<!would )\bi('ve| have)? ?(just )?(changed|did|moved|pulled|pushed|cut|added|turned|took|rode|lowered|raised|"
    r"dropped|nudged|bumped|tweaked|boosted|brought|trimmed|eased|backed|rolled|tucked|tamed|adjusted|panned)\b.*\?|"
    # "better or still too much", "is the whole thing better balanced now", "did what you said, any good?"
    r"\b(better|worse) or (still|worse|better|the same|not)\b|\bmore like it\b|"
    # "gave the bass a couple db, any difference?", "did that make a difference?": the change heard, asked
    r"[,;.!]\s*(so )?(any|hear a|hear any|notice a|notice any) difference( now)?\s*\?*\s*$|"
    r"\bdid (that|it|this) make (a|any|much of a) difference\b|"
    rf"^\s*(ok,? |so,? )?(i )?(just )?(boosted|cut|took|{FADER_VERBS})\b[^?]{{3,60}}[,;.]\s*(so )?(how('s| is| does)|hows|any good|(did )?(it|that|this) (help|work)(ed|s)?)\b|"
    r"^\s*(ok,? |so,? )?(the |my )?[\w' -]{2,25}\b(is|are|'s|'re) ((way|much|a lot|a bit|a little|heaps|loads|miles|right|all the way|well) )?(up|down|louder|quieter|lower|higher) now\b(?! than)|\b(is|does|sound|sounds|feel|feels) [^?]{0,30}\b(better|worse)"
    r" (\w+ )?now\b|\b(like|what|as) (you|u) (said|suggested|told me)\b.*\b(better|help|work|good|now)\b|"
    # "kick's down a good bit now", "backing vox are tucked under now right?", "horns back in their box now?": the
    # part's state after a move, said with its size, a participle or an idiom
    r"\b(is|are|'s|'re) (now )?(way |a lot |much |loads |heaps )?(up|down|back|lower|higher|louder|quieter) "
    r"(a (good |fair |decent |little |wee )?(bit|chunk|ton|lot|touch|tad|few db|couple db)|some|loads|heaps|\d+ ?(db)?) now\b|"
    # "pad is 10 down now": the same state with its size said first
    r"\b(is|are|'s|'re) (now )?(\d+ ?(db|dbs|decibels)?|a (bit|touch|tad|few db|couple db)) "
    r"(down|up|lower|quieter|louder|higher) now\b|"
    rf"\b(is|are|'s|'re) (now )?({FADER_VERBS}|tucked|pulled|sat|sitting|settled) (back |down |up |under |in |away )?"
    r"(a (bit|touch|tad|little) )?(now|under now|in now)\b|\bback in (their|its|the|his|her) (box|lane|place|pocket|spot)\b"
    r"([^?.]{0,12}\bnow\b|\s*\?)|"
    # "pads 10db down now like u said..": the part's new state with its size, the auxiliary dropped
    r"^\W*(so |ok |okay |and )?(the |my )?[\w'-]+( [\w'-]+)? (\d+ ?(db|decibels)|a (bit|touch|tad|few db|couple db)) "
    r"(down|up|lower|quieter|louder|higher) now\b|"
    # "bvs tucked under now right?": the same state with its auxiliary dropped
    r"^\W*(so |ok |and )?(the |my )?[\w'-]+( [\w'-]+)? (tucked|pulled|pushed|brought|sat|settled|nudged|turned) "
    r"(back|down|up|under|in|away)( a (bit|touch|tad|little))? now\b|"
    # "alright dropped the bass 10db. does the mix finally hold together": the move reported in a sentence of its
    # own, then a question on how it is now (no "?" needed)
    rf"^\W*(ok,? |okay,? |alright,? |allright,? |right,? |so,? )?(i )?(just )?(tweaked|boosted|dipped|cut|{FADER_VERBS})\b"
    r"[^.?!;]{3,60}[.!;]\s*(so |and |now )?(does|did|is|has|how|are)\b|"
    # "muted the strings for a sec, does it breathe more?": a part taken out, then how the mix is without it
    r"^\s*(ok,? |so,? )?(i )?(just )?(muted|unmuted|killed|cut out|pulled out|took out)\b[^?]{3,60}\?|"
    # "did pulling the organ down fix the mud?": the move said as a gerund, then whether it helped
    r"\bdid (pulling|turning|bringing|pushing|dropping|lowering|raising|cutting|taking|moving|nudging|tucking|riding|"
    r"lifting|boosting|trimming|easing|backing) [^?]{0,40}\b(help|work|fix|sort|solve|cure|do (it|the trick|anything))",
    re.IGNORECASE,
)
GOOD_NOW = r"(good|ok|okay|fine|alright|sorted|fixed|solved|balanced|dial(l)?ed in|locked in)"
"""A state hoped for after a change ("good now?", "sorted now?"), said of a part or of the mix (never "right":
"too loud right now" is a time, not a state)."""
SORTED = r"\b(is|are|'s|'re|r) (it|they|that|this|we|everything|things) (all )?(sorted( out)?|fixed|solved)\s*\?*\s*$"
"""'is it sorted?', 'is that fixed?': the problem just talked about, asked gone."""
_STATE_AFTER = re.compile(
    r"\b(sitting|sittin'?|feeling|sounding|looking|working|gelling) better\s*\?*\s*$|"
    r"\b(is|are|'s) (it|they|that|this|she|he|we) there (now|yet)\b|"
    # "clap sorted now?", "all good now?", "is the vocal fixed now": the state after a change, asked
    rf"^\W*(and |so |ok |okay )?((is|are|r) )?[\w' -]{{1,30}}?\s+{GOOD_NOW}\s+now\s*\?*\s*$|{SORTED}",
    re.IGNORECASE,
)
"""'i dragged the pluck way down, sitting better?', 'is it there now?': the state after a move, asked (never in a
how-to: "how do i get the bass sitting better?" asks how)."""
GAP_NAMED = re.compile(
    r"\b(what(?:'?s| is| should be)|how (big|wide|large)(?: is| should)?) the (gap|difference|distance|spacing) "
    r"(between|from)\b",
    re.IGNORECASE,
)
"""A gap between two parts asked by its name ("what's the gap between the kick and the bass?"): a size."""
_HOW_MUCH = re.compile(
    GAP_NAMED.pattern + "|"
    # "just the db to pull it by": the size asked as the number to move it by
    r"\b(just )?the (db|dbs|decibels|number|amount|figure) to (pull|drop|cut|raise|push|lift|bring|turn|move|take|"
    r"knock|lower|bump|nudge)\b|"
    # "so what kind of number do i bring it up, 3db? 6? more?": the size asked as a number, sizes offered
    r"\bwhat (kind of |kinda |sort of |sorta )?(number|figure|amount)\b[^?.]{0,30}\b(bring|push|pull|drop|raise|"
    r"lower|turn|bump|cut|nudge|lift|move)\b|\b\d+ ?db\?\s*\d+\??\s*(more|less)?\?|"
    # "whats the dB damage on that?": the size of the move, as slang prices it
    r"\bwhat( i|')?s the (db |decibel )?damage\b|"
    # "how loud is my kick vs the snare?": the gap between two parts now, a size
    r"\bhow (loud|quiet|hot) (is|are) [\w' -]{2,30}? (vs\.?|versus|compared (to|with)|against|next to|relative to)\b|"
    # "in dB?", "whats that in decibels": the size just given, asked as a number
    r"^\W*(and |so |ok |okay )?(in|as) (db|dbs|decibels?)\W*$|\b(that|it|this) in (db|dbs|decibels?)\b|\bthe (db|decibel) (damage|count|figure|hit)\b|"
    # "what do i drop it by then, in actual db": the size of the move asked as what it goes by
    r"\bwhat (do|should|would|can|shall) (i|we|u|you) (drop|pull|cut|lower|raise|push|bring|turn|bump|lift|take|"
    r"nudge|trim)( (it|them|that|this|em|'em|(the|her|his|my|their|its|our) [\w'-]+( fader)?))?( down| up| back)? by\b|"
    r"\bin (actual|real) (db|dbs|decibels)\b|"
    # "whats the raise on it then, in db?": the move's size, asked by its name
    r"\bwhat('s| is|s) the (raise|cut|boost|drop|lift|trim|nudge|dip|move)( on (it|them|that|this|em|the [\w'-]+))?"
    r"( then)?,? (in (db|dbs|decibels)|then)\b|"
    # "roughly what dB should it come down by?": the size asked by its unit
    r"\bwhat (db|dbs|decibels?) (should|do|would|will|can|must)\b|"
    # "so what sorta cut are we talking, in db", "give me an actual db figure to push it up by": the size asked
    r"\bwhat (sort|sorta|kind|kinda|size) (of )?(cut|boost|drop|lift|move|change|dip|nudge) (are|r) (we|u|you) talk(ing|in|in')"
    r"(?!\w)|"
    # "gimme a figure for the cut", "are we talkin 3db? 6?", "whats the actual cut in db", "like an actual number",
    # "what do i trim off the rhodes in db": the size asked in slang
    r"\b(gimme|give me|get me) (a|an|the) (rough |ballpark |actual |real |exact )?(figure|number|db (figure|number|value))\b|"
    r"\b(are|r) (we|u|you) talk(ing|in|in')? (like |about |around )?\d|"
    r"\bwhat('s| is)? the (actual|exact|real|rough|ballpark) (cut|boost|drop|lift|trim|move|change|number|figure|amount)\b|"
    r"\b(an|the|some) (actual|real|exact|rough|ballpark) (number|figure|value)\b|"
    # "whats the number to drop it by", "whats the number then": the size of the move just talked about
    r"\bwhat('?s| is) the (number|figure)\b(?= (to|i|we|then)\b|\s*[?.!]*\s*$)|"
    r"\bwhat (do|should|would|can) (i|we|u|you) (trim|take|shave|cut|knock) off\b|"
    r"\b(a|an|the|some|actual|real|rough|ballpark|exact) (db|dbs|decibel|number|numeric) (figure|number|value|amount)\b|"
    r"\bwhat (db|dbs|decibels?|size|sized)( of)? (boost|cut|lift|drop|dip|change|move|nudge)\b|"
    # "what percentage should i turn it down": the size asked in the fader's wrong unit, still a size
    r"\bwhat (percent(age)?|%)\b|\bhow many (percent|%)|\bby what (percent(age)?|%)|"
    r"\bhow much\b|\bby how much\b|how many (db|dbs|db's|decibels|hz|clicks|notches|ticks|steps|points)\b|\bwhat number\b|\bby what\b|\bhow far\b|\bwhat (value|amount)\b|\b(sensible|reasonable|safe|decent|rough|ballpark) (amount|number|value|size)\b|\bhow big\b|\bhow deep\b|(^|[,;:.!?-])\s*(so |and |but |ok )?how (hard|high|low|fast|slow|long|loud|quiet|hot) (should|do|can)\b|\bwhat (should|does|do) (my|the|our) (true[- ]?peaks?|lufs|loudness|ceiling|master) (be|read|sit|hit|land|peak)\b",
    re.IGNORECASE,
)
_WHY = re.compile(r"^\s*(but |and |ok |so )?why\b|"
                  # "really? why tho, it felt right when i was tracking it": the doubt, then why, then the reason
                  r"^\s*(really|seriously|huh|hmm+|wait|what)\W+(but )?why( though| tho| so| is that)?\b|\bwhy\s*\?+\s*$|[,;:.-]\s*(but |and |so )?why\s*[?.!]*\s*$|\bwhy (is|does|do|are|did|would|should|not)\b|\bwhy (that|this) (one|track|part|thing|fader)\b|\bwhat('s| is) causing\b|"
                  r"\bwhat causes\b|[,;:.-]\s*(so )?what gives\s*[?.!]*\s*$|\bwhat('?s| is) making\b|\bhow (come|so)\b|\bwhat makes (it|my|the|you)\b|\bwhat do you mean\b|\bin what (way|sense)\b|"
                  r"\bhow (do|can|would|did) you (know|tell)\b|\bhow did you (figure|work|get|come up with|decide)\b|\bsays who\b|\bbased on what\b|\bwhat('s| is) that based on\b|"
                  r"\bwhere('s| is| does) that (come|coming) from\b|\bwhat tells you\b|\bwhat('s| is) the reason\b|"
                  # "but how did that happen? they were slamming when i first set the levels": the cause asked
                  r"^\s*(but |and |ok |so )?how (did|does|could|can|would|has) (that|this|it) (happen|get (that|so) \w+)\b|"
                  # "how did the mix get so cramped?": how a state came about, its cause asked
                  r"^\s*(but |and |ok |so )?how (did|has) (the|my|our|this) [\w' ]{1,20}? (get|got|end up|become) (so|this|that|all) \w+|"
                  r"^\s*(really|seriously|(are )?you sure)\W*$|\b(your )?reasoning\b|\bwhy do you say\b|"
                  r"^\s*(explain|elaborate|go on|say more)\b(\s+(that|this|it|please|more))*\W*$|"
                  r"\b(can|could|would) you (explain|elaborate)( on)? (that|this|it|why)\b|"
                  # "ok but what would that fix exactly?": what the move given is for, which is why it is given
                  r"\bwhat (would|will|does|did|is) (that|this|it)( move| change| cut| fader)?( actually| really| even| exactly)? "
                  r"(fix|do|change|help|"
                  r"achieve|solve|gonna do|going to do)\b|"
                  # "whats that gonna do?", "what difference would that make?": the move's effect, asked the same way
                  r"\bwhat('?s| is) (that|this|it) (gonna|going to) (do|fix|change|help)\b|"
                  r"\bwhat (difference|good) (would|will|does|is) (that|this|it)( make| do)?\b|"
                  # "how can the voice be too much tho? every tutorial says...": the verdict doubted, its why asked
                  r"^\W*(huh|hmm+|wait|but|ok|so)?\W*how (can|could) (it|that|this|she|he|they|the [\w' -]{2,20}?|my [\w' -]{2,20}?) "
                  r"(be|sound|come across) (too|so|that) (much|loud|quiet|low|high|hot|big|far)\b", re.IGNORECASE)  # fmt: skip
ANY_FIRST_OR_GOOD = re.compile(
    r"\b(anything|something)\b[^?.]{0,60}\bfirst\b[^?.]{0,8}\bor (are |r |is |am )?(we|we'?re|it|it'?s|its|i|i'?m|"
    r"things|everything|you|u) (all )?(good|fine|ok|okay|set|ready|done|sorted)\b",
    re.IGNORECASE,
)
"""'anything i gotta fix first or r we good to press?': whether anything needs fixing, with "good" offered as the
other answer; a yes or no on the whole mix, not the first move asked."""
_OFFERED_ELSE = re.compile(
    r"[\w/-]+( [\w/-]+)?\s*,\s*([\w/-]+( [\w/-]+)?\s*,\s*)+(or )?something else\b|\bor something else\b", re.I
)
"""'chorus plugin, panning, something else?', 'eq or something else?': the last of the options offered, not what
else to do next."""
DONE_OR_MORE = re.compile(r"\b(?P<word>done|finished|ready)\b[^?]{0,40}?\bor\b", re.IGNORECASE)
"""'is it done or is there one last thing to tweak?': the mix's state offered against one more fix, a yes or no on
the whole mix, not "what else?"."""
_FIRST = re.compile(
    r"\b(fix|do|change|tackle|address|work on|focus on|start with)\b.{0,20}\bfirst\b|\bfirst (thing|problem|step)\b|\bstep (one|1)\b|\bwhere (do|should|would|can|shall) (i|you|we) (even |ever |actually |possibly )?(start|begin|focus|look)\b|\b(focus|work) on next\b|\bwhere (do|should|would|can) (i|we) go (from here|next)\b|"
    r"\bwhat needs (the most )?(work|fixing|attention|doing)\b|\b(what|which)\b[^?.,]{0,20}\b(weakest|worst)\b|"
    r"\b(improve|help)\w*\b[^?.]{0,25}\b(the )?most\b|\bbiggest (problem|issue|thing)\b|\bmost important\b|\bpriority\b|\bmain (problem|issue)\b|"
    # "is there one thing way out of whack?": whether there is one, asked yes or no, not the first move
    # ("is there one thing you'd still fix?" asks the move: what first)
    # "they blur into one thing": parts merged, not a first thing asked
    r"(?<!\bis there )(?<!\bis it )(?<!\bis there just )(?<!\binto )(?<!\bas )\bone (single |little |small |last )?thing\b|"
    r"\bone (single |little |small |last )?thing (that )?(you'?d|youd|you would|u'?d|ud|i'?d|id|i should|to) (still )?"
    r"(fix|change|do|tweak|touch|improve|sort)\b|"
    # "where's the first place you'd dig in?", "any first move you'd make?", "what would you hit first?"
    r"\bfirst (place|spot|move|change|tweak|fix|port of call|stop|target|area|job|step|order of business)\b|"
    # "whats job number one", "job #1": the first move, asked in a workplace's words
    r"\bjob (number |no\.? ?|#)?(one|1)\b|\bnumber (one|1) (job|priority|fix|thing|task)\b|"
    r"\bwhere (would|do|should|'?d|will) (you|u|ya|i|we) (start|begin|dig in|dive in|jump in|go first|look first)\b|"
    r"\b(dig|dive|jump|tear|get stuck) in(to)?\b[^?.]{0,25}\bfirst\b|\b(hit|grab|touch|attack|tackle|reach for|go after)\b"
    r"[^?.,]{0,20}\bfirst\b|\bwhere to (even )?(start|begin)\b|"
    # "no clue where to even point myself first": where to turn first, asked
    r"\bwhere to (even )?(point|aim|look|go|head|turn)\b[^?.,]{0,15}\bfirst\b|"
    # "what should i check first?", "what do i look at first": the first place to look, asked
    # "what would u try first?": the listener's own first move, asked
    r"\bwhat (should|do|would|can) (i|we|you|u|ya) (check|look at|listen (to|for)|try|test|adjust|touch) first\b",
    re.IGNORECASE,
)
_HOW_TO = re.compile(
    r"^\s*(so |ok |and )?how (do|can|should|would|could) (i|you|we)\b|\bhow to\b|\bwhat (would|should|could|can) "
    r"(i|you) do\b|\bwhat do (i|you) do\b|\bany (tips|ideas|advice)\b|\bhelp me\b|\bhow (do|can) i (get|make|fix)\b|"
    r"\bwhat (setting|settings|ratio|frequency|freq|attack|release)\b|"
    # "whats a decent bus comp setting in reaper": the settings asked for, with a word of quality before them
    r"\bwhat'?s (a|an|the|some) (good|decent|sensible|solid|safe|typical|standard|usual|nice) ([\w-]+ ){0,3}settings?\b|"
    # "... transient shaper? eq? settings pls": the settings asked for, as a fragment of their own
    r"(^|[,;.?!]\s*)(and |n |some |the |ur |your )?settings?( pls| please| plz| then)?\W*$|"
    # "whats the reverb recipe?", "what's the trick for ...": the way it is done, asked for
    r"\bwhat'?s the ([\w-]+ ){0,2}(recipe|formula|trick|secret|chain|game plan)\b|"
    # "whats the eq move on an acoustic so it leaves room for the singer?": the move itself, asked for
    r"\bwhat'?s the (eq|compression|comp|reverb|panning|pan) (move|moves|approach|fix)\b|"
    # "what eq cuts keep the organ from fighting the horns?": the moves that do it, asked for
    r"\b(what|which) (eq |eq cuts?|eq moves?|cuts?|boosts?|moves?|frequenc(y|ies)|freqs?)\b[\w' -]{0,12}?\b"
    r"(keeps?|stops?|helps?|lets?|gets?|makes?|fix(es)?|clears?|separates?)\b|"
    # "what eq on the bass?", "what compression for the vocal?": the settings asked for, not whether to use one
    r"\bwhat (eq|eq settings|compression|compressor|reverb|delay|de-?esser)( (time|times|settings?|type|kind|size|"
    r"length|decay|ratio|threshold))?\b(?= (on|for) )|^\s*where (should|do|can|would) (i|you)\b|"
    # "where in the freq range should i boost?", "where do i cut on the snare": the place for an EQ move, asked
    r"\bwhere\b[\w' -]{0,30}? (should|do|would|can) (i|we|you) (boost|cut|dip|notch|scoop|eq|add)\b|"
    # "how's parallel compression set up on drums?": the way it is done, not a verdict on theirs
    r"^\s*how('s| is| are) (?!(my|our|your|this|these|that|those)\b)[\w' -]{2,40}? "
    r"(set ?up|done|routed|wired|patched)\b"
    r"(?! (on|in) (my|this|our)\b)|"
    r"\bways? to\b|\bhow (do|can|should|would) i\b|\bwhat('s| is) a good\b|\bstarting point\b|\bwhat should i (use|try|set)\b|\bwhat('s| is) the best way\b|"
    # "what compressor settings should I use on vocals?", "what comp settings do ppl use on acoustic?": which
    # settings, not whether to compress
    r"\b(what|which)( \w+){1,3} (should|do|would|could|can) (i|we|you|u|ya|people|ppl|pros|engineers|mixers|folks|"
    r"most people) (use|try|set|go for|pick|start with|dial in|do|apply|run)\b|"
    # "how can the piano be heard better?": the part as subject, the how asked ("how do the drums come across?"
    # asks what is heard)
    r"^\s*(so |ok |and )?how (can|could|should|would) (the|my|our|this|that|it|they|them)\b[\w' -]{0,25}? "
    r"(be (heard|made|brought|pushed|pulled|fixed|cleaned up|tightened|widened)|get (heard|more|less|some)|"
    r"cut (through|thru)|stand out|poke (out|through|thru))\b|"
    r"[,;:-]\s*how\s*\?+\s*$|"  # "drop needs more punch, how?": a statement, then the how asked for
    # "vocal is kinda nasal, fix?", "bass is muddy. fix it?": a statement, then the fix asked for
    r"[,;:.-]\s*(how (to |do i |can i )?)?(fix|sort|cure)( (it|that|this|them)( out)?)?\s*\?+\s*$|"
    # "mix sounds boxy to me, ideas?", "kick is flabby. tips?": a statement, then ideas asked for
    r"[,;:.-]\s*(ideas|tips|suggestions|advice)\s*\?+\s*$",
    re.IGNORECASE,
)
WHICH_ASKED = (
    r"which (one |of (them|the two|those|these|em|'?em) )?(is|are|'s|needs?|should|has|sounds?|sits?)\b"
)
"""A "which" asking one of the parts named to be picked ("which is hogging the mix?", "which one needs to move?")."""
_JUDGE = re.compile(
    r"^\s*(so |ok |and |but )?(is|are|does|do|did|should|would|could|can|am|was|were|will|isn'?t|doesn'?t|shouldn'?t)\b|"
    # "right guitar or left guitar, which is hogging the mix?": one of them named, a verdict, not a how
    rf"\b{WHICH_ASKED}|"
    r"\b(too|enough)\b[^.]*\?|\bgood idea\b|\bworth it\b|\bok(ay)?\??$|\bright\??$|\bdo i need\b|\bshould i\b|"
    r"\b(isn'?t it|aren'?t they|is it not|don'?t you think|no)\s*\??\s*$|\bdid i overdo\b|"
    # "snare lacks crack, would a transient shaper sort it": a statement, then a yes/no on a tool or move
    r"[,;:.!-]\s*(and |so |but )?(would|could|will|can) ((a|an|the|some|more|less|it|that|this)\b|"
    r"(?!(you|u|ya|i|we|anyone|someone|somebody|love|like|appreciate|be|really|have)\b)[\w' -]{1,40}?\b"
    r"(help|fix|sort|work|cure|solve|tame|tighten|clean)\b)",
    re.IGNORECASE,
)
_HOWS = re.compile(r"^\s*(and )?how('s| is| are| does| do)\b|^\s*(thoughts|opinion) on\b|^\s*what about\b|"
                   # "play critic for a sec, how does the overall thing come across?": a lead-in, then the verdict
                   r"[,;:.!-]\s*how('s| is| does| do) (it|this|that|everything|(the|my|this) [\w ]{1,25}?) "
                   r"(sound|sounding|come across|coming across|feel|feeling|land|landing|hold up|holding up)\b",
                   re.IGNORECASE)  # fmt: skip


NO_NEED_Q = re.compile(
    r"\b(i|we|u|you) (don'?t|dont|do not|shouldn'?t|wont|won'?t) (really |even )?(need|have|gotta)( to)?\b[^?]*\?\s*$",
    re.IGNORECASE,
)
"""'so i dont need to slam more compression on it then?': a move checked as unneeded, a yes or no."""


def wants_of(text: str, has_subject: bool) -> str | None:
    """The answer kind the words ask for, or None when they do not say (a follow-up borrows it)."""
    # "pushed it 2 dB already, maybe 2 more?": a yes or no on the further size, not "did that help?"
    if further_size(text) and re.search(r"\?\s*$", text):
        return Wants.JUDGE
    if LEAVE_AS_IS.search(text):
        return Wants.JUDGE  # "and if i leave it?": whether it can stay as it is, a yes or no
    if (
        (
            _BETTER.search(text)
            or asks_better_or_still(text)
            or (_STATE_AFTER.search(text) and not _HOW_TO.search(text))
        )
        and not re.search(
            # "or is it better dry?", "better off without it": two choices weighed, not a move's result
            r"\bbetter (to|if)\b|\bbetter than (?!(before|earlier|last|it was|the last))|"
            r"\bbetter (dry|wet|off|without|as it is|as is|left alone|alone)\b|"
            # "why did the chorus get so cluttered once i added the keys?": the move is when it started, the ask why
            r"^\W*(so |but |and |ok |okay )?(why|how come)\b[^?]*\b(once|when|since|after|as soon as) (i|we)\b|"
            # "whats the one thing that would improve this most": the first move asked, nothing done yet
            r"\bwhat\b[^?]{0,30}\b(would|could|will|might|'?d) ((you|u|i|we) )?(most |really )?improve\b",
            text,
            re.I,
        )
        and not asks_overdone(text)
    ):
        return Wants.BETTER  # "is it better to cut or boost?" weighs two moves, nothing was done yet
    if reports_move(text) and not asks_overdone(text):
        return Wants.BETTER  # "horns are pulled back a bunch, we good now?": the state after a move, asked
    # "give me your honest first impression of this mix": what I hear, the mix its subject
    if IMPRESSION_OF_MIX.search(text):
        return Wants.LISTEN
    if _HOW_MUCH.search(text):
        return Wants.HOW_MUCH
    if _WHY.search(text):
        return Wants.WHY
    if ANY_FIRST_OR_GOOD.search(text):
        # "anything i gotta fix first or r we good to press": whether anything is off, yes or no
        return Wants.JUDGE
    if _FIRST.search(text) or _MORE.search(_OFFERED_ELSE.sub(" ", text)):
        return Wants.WHAT_FIRST
    if _HOW_TO.search(text):
        return Wants.HOW_TO
    if READY_Q.search(text) or REASON_NOT_Q.search(text):
        return Wants.JUDGE  # "ready to export?", "any reason not to?": whether the mix is done, a yes or no
    if _HEAR.search(text) and not has_subject:
        return Wants.LISTEN
    if _JUDGE.search(text) or _HOWS.search(text) or ANYTHING_BAD.search(text):
        return Wants.JUDGE  # "anything gonna make me look bad?": a yes/no with its verb left out
    if NO_NEED_Q.search(text):
        return Wants.JUDGE
    return None
