"""A new source guessed as the remedy: "reckon i need a brighter sample?", "time to swap the kick?", "should i
trigger the snare?", "maybe a different snare?", "would a brighter piano preset help?". Replacing a sample (or a
preset, or re-recording a part) is a move like adding a plug-in, and the biggest one: when the part sits at the
wrong level an engineer says not that first and sets the fader, because a new sample at the same wrong level sounds
as lost (or as loud) as the old one.

Read by the remedy's form, not by one wording: a verb of replacing with a drum or a sample as its object, a verb
of getting with a new kind of sample, or a new kind of drum asked about on its own."""

from __future__ import annotations

import re

from model.intent_yes_no import statement_asks

_DRUM = r"(kick|snare|clap|hat|hi-?hat|tom|rim|cymbal|crash|ride|drum|perc\w*|808)s?"
"""The parts a sample swap replaces: a drum."""
_SAMPLE = r"(samples?|one-?shots?)"
_AMP = r"(cab|cabs|cabinet|cabinets|amp sims?|amp models?|amp|amps|irs?|impulses?( responses?)?|pickups?)"
"""A guitar's or bass's own sound, changed at its source: its amp, cabinet, impulse response or pickup."""
_NEW = r"(new|different|better|another|fresh|replacement|decent|proper|real)"
"""The words that ask for another drum rather than describe the one playing: "a different snare"."""
_DET = r"(the |my |this |that |these |those |its |his |her |their |our |a |an |some )?"
_KEEP = (
    r"(?! (eq|level|fader|volume|gain|comp\w*|reverb|verb|delay|bus|send|track|channel|mic|panning|pan)s?\b)"
)
""""swap the snare eq": the object is the plug-in, not the drum."""

_GUESS = (
    r"(should|could|might|must) (i|we)|(i|we) (should|could|might|must|need to|have to|gotta|ought to|will|'ll|'d)|"
    r"maybe|perhaps|prob|probably|possibly|time to|i think|i reckon|reckon|"
    r"gonna|going to|about to|planning to|plan to|thinking (of|about)|tempted to"
)
"""Who guesses the remedy, as a statement: "maybe", "i should", "prob"."""
_HEDGE = r"(just|maybe|probably|prob|really|better|have to|need to|should)"
_REMAKE = r"re-?record\w*|re-?track\w*|re-?amp\w*|redo(ing)?|re-?sampl\w*"
"""A part's source made again (a new take, a re-amp), whatever its object."""
_NOT_FX = (
    rf"(?! {_DET}(\w+ ){{0,2}}(eq|comp\w*|reverb|verb|delay|plug-?ins?|limiter|fader|settings?)s?\b)"
    rf"(?! {_DET}(\w+ ){{0,2}}(left|right|l and r|sides|places|around|pan\w*|channels?)\b)"
)
""""maybe swap the compressor": a plug-in swapped, not the part's source; "gonna swap the guitars left and
right": their places swapped, not their sound."""

_INSTRUMENT = r"vsti?s?|(virtual |software )?instruments?(?= (in place|instead))"
"""A virtual instrument swapped ("a darker piano instrument in place of this one", "a better piano vst")."""
_SWAP = re.compile(
    # "swap the sample", "replace the kick", "ditch my snare samples", "swap it for a punchier one", "trigger it"
    rf"\b(swap|swop|replac|ditch|trigger|retrigger|resampl|switch out|change out|chuck)\w*( out| in)? {_DET}"
    rf"((\w+ ){{0,2}}({_DRUM}|{_SAMPLE})\b{_KEEP}|(it|them)\b(?! (up|down|louder|quieter|back|off)\b))|"
    # "should i re-record it?", "should we re-amp the guitar?": the part's source made again
    r"\bshould (i|we) (just )?(swap|replace|ditch|redo|re-?record|re-?track|re-?amp|resample|switch out|change out)\b|"
    # "change the snare sample", "drum replacement", "sample replacement", "layer a sample under it"
    rf"\b(chang|switch)\w* {_DET}(\w+ )?{_SAMPLE}\b|\b(drum|sample)[- ]replac\w*|"
    rf"\b(layer|stack|blend|add)\w* (in |under )?{_DET}(\w+ ){{0,2}}{_SAMPLE}\b|"
    # "layer another clap on it", "stack a second snare": another drum of the same kind layered on the one there
    rf"\b(layer|stack|doubl)\w* (in |under |on )?{_DET}({_NEW}|extra|second|2nd) (\w+ )?{_DRUM}\b{_KEEP}|"
    # "do i need to layer a sub synth under the bass?", "add an 808 under it": another low source layered on a bass
    rf"\b(layer|stack|blend|doubl)\w* (in |under |on )?{_DET}(\w+ ){{0,2}}(sub|subs|808s?|sine)\b(?!-| (eq|freq\w*|band|range|region|area|end|frequenc\w*)\b)|"
    r"\badd\w* (in )?(a|an) (\w+ )?(sub|808|sine)( synth| bass| layer| oscillator| osc)?( (under|below|beneath|with|on|to) )|"
    # "reckon i need a brighter sample?", "try a different kick", "go for a new snare", "time for a new kick"
    rf"\b(need|want|try|get|use|grab|find|pick|load|audition|go (with|for)|time for|look for|switch to|change to)\w* "
    rf"{_DET}((\w+ )?{_NEW} (\w+ )?{_DRUM}\b{_KEEP}|(\w+ ){{0,2}}{_SAMPLE}\b)|"
    # "kick feels weak, better sample?", "new snare maybe?": another drum asked about at the end
    rf"(^|[,.;:!?]|\b(maybe|or|just|perhaps|so)) ?{_DET}({_NEW} (\w+ )?{_DRUM}|(\w+ ){{0,2}}{_SAMPLE})"
    rf"( maybe| perhaps| then| instead)?\s*\?+\s*$|"
    # "gonna swap the cab in my amp sim", "try a different amp model", "change the IR": a guitar's (or bass's) amp
    # sound is its source as much as a sample is a drum's
    r"\b(swap|swop|replac|chang|switch|tr(y|ied|ying)|load|use|go (with|for))\w*( out| to| in)? "
    rf"{_DET}(\w+ ){{0,2}}{_AMP}\b|"
    # "should i buy a new bass amp sim", "do i need a better amp": a new one got, not the one there turned up
    rf"\b(buy|get|grab|need|want|download)\w* (a |an |some |the )?{_NEW} (\w+ ){{0,2}}{_AMP}\b|"
    # "maybe i should re-record the guitar", "prob just redo it", "it needs re-recording": the guess said flat
    rf"\b({_GUESS}) ({_HEDGE} )?({_REMAKE}|(swap|replac\w*|ditch|switch out|change out){_NOT_FX})\b|"
    rf"\b(needs?|needs? to be|should be|has to be|ought to be) ({_REMAKE}|redone|replaced|swapped( out)?){_NOT_FX}\b|"
    # "would a louder vocal take fix it?", "maybe a better take?": the performance recorded again
    rf"\b(a|an|another) ({_NEW}|louder|hotter|cleaner|second|2nd) (\w+ )?(take|performance)\b|"
    # "would swapping to a brighter electric piano preset help?", "try a different patch": a keys or synth part's
    # sound is its preset, its source as much as a sample is a drum's
    rf"\b(swap|swop|switch|chang|tr(y|ied|ying)|load|use|go (with|for)|pick|grab|audition|need|want|get)\w*"
    # "loading a warmer, darker piano instrument in place of this one": a virtual instrument is its preset too
    rf"( out| to| in| over to)? {_DET}([\w-]+,? ){{0,3}}(presets?|patch(es)?|{_INSTRUMENT})\b|"
    r"\b(a|an|another) (new|different|better|other|fresh|brighter|darker|warmer|fatter|thicker|punchier|"
    rf"cutt?ier|bigger|\w+er),? ([\w-]+,? ){{0,2}}(presets?|patch(es)?|samples?(?! rates?\b)|{_INSTRUMENT})\b|"
    # "i think a new snare sample is the fix, right?": another source named as the remedy
    rf"\b{_NEW} (\w+ )?({_DRUM}|{_SAMPLE})( {_SAMPLE})? (is|would be|will be|'s|might be|could be) (the |my )?"
    r"(fix|answer|solution|way to go|move|cure)\b",
    re.IGNORECASE,
)


def asked_as_said(text: str) -> bool:
    """True when a statement about a part still asks: said rising, a "too much" tail, or a new source guessed
    ("the clap has zero snap, maybe swap the sample" wants a verdict on the swap, "?" or not)."""
    return text.rstrip().endswith("?") or statement_asks(text) or guesses_new_source(text)


def guesses_new_source(text: str) -> bool:
    """True when ``text`` guesses replacing a part's source (its sample, its drum sound) as the remedy."""
    return _SWAP.search(text) is not None


LEVEL_SIDE = re.compile(
    r"\btoo (?P<way>quiet|low|soft|loud|hot)\b[^?.!]{0,30}\bor\b\s+(should|do|would|could|shall|can) (i|we)\b",
    re.I,
)
"""A choice whose first side is the part's level ("too quiet or should i layer a sub?")."""
