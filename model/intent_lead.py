"""How a question is put, apart from what it asks: a lead-in addressed to the listener ("be honest", "tbh",
"real talk") is no part of the question, and a tail asking for the listener's opinion ("u think", "or is that just
me", "ya reckon") makes the statement before it a yes/no question, like "..., right?". Word families, so a new
spelling of the same lead-in or tail needs no pattern of its own."""

from __future__ import annotations

import re

from model.aspect_phrase import aspect_phrase
from model.intent_open import OPINION_ON
from model.list_words import LIST_ASK

_LEAD_IN = re.compile(
    r"^\s*((be|being|to be|gotta be|please be|just be) (honest|real|brutal|straight|frank|blunt)( (with|w/?|wit) me)?|"
    r"honestly|tbh|tbf|ngl|not gonna lie|real talk|no offen[cs]e|quick (question|q)|serious (question|q)|"
    r"genuine (question|q)|(hey|yo|hi(?![\s-]*hats?\b)|ok|okay|so|um+|uh+)( there| man| dude| mate)?|"
    # "wait why tho", "hang on, why?": a beat before the question, no part of it
    r"wait( a (sec|second|minute|min))?|hold on|hang on|h+m+|huh|sorry|lol|haha|oh|ah|"
    # "overall is the mix balanced?", "in general does it sound ok": a summing-up word before the question itself
    r"(overall|all in all|in general|generally|on the whole|all things considered)(?=[\s,:;.!-]+(is|are|does|do|did|"
    r"how|what|would|should|could|can|will|any|anything)\b))\s*[,:;.!-]*\s+(?=\S)",
    re.IGNORECASE,
)
"""A lead-in that addresses the listener ("be honest is my mix bad", "tbh, is the snare ok"): said before the
question, never what it is about; more than one may stack ("ok so be honest, ..."). "hi hat ..." is the hi-hat,
no greeting."""

OPINION_TAG = re.compile(
    r"(\s*[,;]\s*|\s+)(((do|d'?|don'?t) ?)?(you|u|ya|yall|y'all) (think|reckon|agree|hear (it|that|what i mean))|"
    r"(what )?(do )?(you|u|ya) (think|reckon)|imo|in your opinion|"
    r"or (is|was) (it|that|this) (just |only )?(me|my ears|in my head|my imagination)|"
    r"or (do|does) (it|that|this) just (me|seem that way)|am i (wrong|crazy|imagining (it|things)))\s*\?*\s*$",
    re.IGNORECASE,
)
"""An opinion asked of the listener after a statement ("singer sits way on top, too loud u think", "the bass is a
bit boomy n loud or is that just me"): the statement is the question, answered yes or no."""


def without_lead_in(text: str) -> str:
    """``text`` without the lead-ins addressed to the listener before its question."""
    for _ in range(3):
        m = _LEAD_IN.match(text)
        if m is None:
            return text
        rest = text[m.end() :]
        # "wait why": one word left is still a question when it is a question word
        if len(rest.split()) < 2 and not re.match(r"(why|how|what|where|which)\b", rest, re.I):
            return text
        text = text[m.end() :]
    return text


def opinion_tag(text: str) -> re.Match[str] | None:
    """Where an opinion tail starts in ``text``, or None."""
    return OPINION_TAG.search(text)


_RISING = re.compile(
    r"^\s*(?!(and|also|then|same|plus|what about|how about|ok and)\b)(?!(so |ok |but )?(is|are|does|do|did|has|have|was|were|will|"
    r"would|could|can|am|should|shall|may|might|must|isn'?t|aren'?t|doesn'?t|don'?t|what|what's|whats|how|how's|hows|"
    r"which|where|why|who|when|any|anything|something|you|u|ya|y'all)\b)(\S+\s+){3,}\S+\?+\s*$",
    re.IGNORECASE,
)
"""A statement asked with a question mark ("the bvs are kinda drowning the lead?"): said rising, it asks whether
it is so, like the same statement with "right?" after it. Four words at least, so "and the snare too?" stays a
follow-up; one sentence, so "bass down 10. better?" asks its last sentence; "you like the mix?" is a question with its "do" left out, not a statement;
"fiddle vs piano levels?" has no verb to agree with (``model.aspect_phrase``)."""


def rising_statement(text: str) -> bool:
    """True when ``text`` is a statement put as a question (no auxiliary or question word first)."""
    if LIST_ASK.search(text):
        return False  # "top 3 things to fix?": a list asked for, not a statement to agree with
    if OPINION_ON.search(text):
        return False  # "thoughts on the violin?": an opinion asked, no claim to agree with
    return _RISING.search(text) is not None and not re.search(r"[,;.!]", text) and not aspect_phrase(text)


_LATE_YES_NO = re.compile(
    r"[,;.!?]\s*(and |so |but |like )?(is|are|does|do|did|was|were|isn'?t|aren'?t|doesn'?t) "
    r"(?!(you|u|ya|i)\b)\w+|"
    # "gonna stick this on bandcamp, will it come across quiet ...": a prediction asked for a yes or no
    r"[,;.!?]\s*(and |so |but |like )?(will|would|won'?t) (it|this|that|the (mix|song|track|master))\b",
    re.IGNORECASE,
)
"""A yes/no clause after a statement ("mix feels cluttered up top, is something too loud"): the question is the
clause, asked for a yes or no."""
NONE_VERBS = (
    r"('s|'re| is| are| sticks| jumps| pokes| stands| sounds| feels| seems| clashes| gets| really| going to| gonna| will|"
    r"'ll| would)\b"
)
"""The verbs after a subject that is a negation ("nothing's", "no track is", "nothing will"), which make it a claim."""
NONE_CLAIMED = re.compile(
    # "if i bounce it like this, nothings gonna leap out?": the claim after a clause that sets it up
    # ("if i export now nothing will sound boomy, yeah?": after the clause's last word, with no comma)
    r"(^|[,.;!?]\s|\b(now|then|like this|as is|as it is)\s)\s*((so|and|but|ok|okay|also|pretty sure|i think|i guess)\b"
    r"[\s,]*)*(nothings?|no (single )?(track|part|instrument|channel|one)s?|none of (the|my|these|them)( tracks| parts|"
    rf" instruments)?){NONE_VERBS}",
    re.IGNORECASE,
)
"""A claim whose subject is a negation: "nothing's clashing", "no track is too loud", "none of them stick out"."""


def late_yes_no(text: str) -> bool:
    """True when a clause after the first of ``text`` asks a yes or no; a claim of nothing off after a clause
    ("if i bounce it like this, nothings gonna leap out at ppl?") asks it rising."""
    if _LATE_YES_NO.search(text) is not None:
        return True
    m = NONE_CLAIMED.search(text)
    return m is not None and m.start() > 0 and text.rstrip().endswith("?")


EITHER_STATE = re.compile(
    # slang for a good state too: "we gucci now or did i go overboard", "sorted or overdone?"
    # "is she right or is she just being dramatic": a person's claim said right, not a good state of the part
    r"\b(?P<good>ok|okay|fine|good|alright|all right|(?<!she )(?<!he )(?<!they )(?<!you )(?<!she's )(?<!he's )"
    r"(?<!they're )(?<!you're )right|better|nicer|decent|balanced|solid|gucci|golden|sorted|"
    r"fixed|dialed in|dialled in|spot on|on point|sweet|nailed it|good to go|slaps?|bangs?|knocks?|hits? hard|"
    r"punchy|cracks?|"
    # "do the bass n kick play nice together or is something off": the two parts get along
    r"play(s|ing)? (nice|nicely|well)( together)?|get(s|ting)? along|"
    # a part placed: "does it sit or did i overdo it", "is it riding on top now or did i wreck it"
    r"sits?( right| well| nicely| nicer| better| in| in there| in the mix)?(?! (under|above|over|behind|below|on|in front|next))|"
    # "does she ride on top of the band now or have i overcooked it": the part on top, the good side
    r"(rid(e|es|ing)|sit(s|ting)?|float(s|ing)?) on top( of (the |my |our )?(band|mix|track|beat|music|rest|instruments))?|"
    r"cut(s|ting)? through|"
    # "are they tucked into the groove now or have they gone too far": placed in the song's feel, the good side
    r"(tucked|locked|sitting|sat|settled|nestled) (in|into) (the |my |our )?(groove|pocket|mix|band|track|beat)|in the (groove|pocket)|"
    # "do the guitars sit right over the vox or are they too much?": placed well against another part, the good side
    r"(sits?|sitting) (right|well|nicely) (over|under|above|below|behind|in front of|on top of|next to) "
    r"(the |my |our )?[\w' -]{1,20}?(?=\s*[,;]?\s*or\b)|"
    # the genre's norm as the good side: "is that the vibe for folk or too much", "normal for soul or too loud"
    r"(just )?(the|a|its) (vibe|style|sound|genre)( for [\w -]{2,20}?)?|normal( for [\w -]{2,20}?)?|trendy|"
    r"(a |the )?(modern|current|trendy) (sound|thing|style|way)|in style|"
    r"(just )?(a|the) ((normal|typical|standard|usual) )?(folk|soul|rock|pop|jazz|funk|country|indie|punk|metal|blues|gospel|genre|style) thing)\b"
    r"( (as is|as it is|as they are|where (it|they) (is|are|sits?)|now|there))?"
    # "is that fine for a folk tune or should it be up": the good state for the song's kind
    r"( for (a |an |the |this |my )?[\w' -]{2,25}?)?"
    r"( (level|volume|loudness|balance|tone|mix)[- ]?wise| in the mix| in the balance)?\s*[,;]?\s*or\s+"
    r"(?!(not|nah|no|nope|what|worse|nothing)\b)(?P<bad>[^?]{3,})",
    re.IGNORECASE,
)
"""Two answers offered, a good state first and a problem or a move second ("ok or too loud", "fine or should it
go up", "better or did I overdo it"; an aspect may sit between: "ok volume wise or too much"): the answer is one
of them."""


def either_state(question: str) -> re.Match[str] | None:
    """Where ``question`` offers a good state or a problem as its two answers, or None."""
    return EITHER_STATE.search(question)
