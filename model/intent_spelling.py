"""How amateurs type: texting shorthand, studio abbreviations and the common misspellings, put back into the
words the intent rules know ("hatz 2 loud?" -> "hats too loud?", "bgvs are way to loud arent they" ->
"backing vocals are way too loud aren't they"), so every rule downstream reads one spelling instead of each
rule growing its own list of variants.

Word-for-word, whole words only, case-insensitive; track names of the session are matched before this runs
(``model.focus``), so a track called 'Gtr R' keeps its own handle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from model.typo_words import corrected

# texting shorthand and plain misspellings an engineer reads past without noticing
_WORDS: dict[str, str] = {
    "u": "you",
    "n": "and",
    "w/": "with",
    "w/o": "without",
    "wo/": "without",
    "ur": "your",
    "ya": "you",
    "bout": "about",
    "abt": "about",
    "thru": "through",
    "tho": "though",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "b/c": "because",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "prob": "probably",
    "def": "definitely",
    "idk": "I don't know",
    "imo": "in my opinion",
    "wat": "what",
    "wut": "what",
    "wats": "what's",
    "whats": "what's",
    "hows": "how's",
    "thats": "that's",
    "theres": "there's",
    "theyre": "they're",
    "isnt": "isn't",
    "arent": "aren't",
    "doesnt": "doesn't",
    "dont": "don't",
    "didnt": "didn't",
    "cant": "can't",
    "wont": "won't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "im": "I'm",
    "ive": "I've",
    "alot": "a lot",
    "anythin": "anything",
    "somethin": "something",
    "nothin": "nothing",
    "everythin": "everything",
    "kinda": "kind of",
    "sorta": "sort of",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "shoud": "should",
    "shud": "should",
    "shld": "should",
    "sould": "should",
    "soud": "sound",
    "sonds": "sounds",
    "loude": "loud",
    "lound": "loud",
    "quiter": "quieter",
    "quitter": "quieter",
    "muddey": "muddy",
    "harch": "harsh",
    "brite": "bright",
    "compresion": "compression",
    "compresser": "compressor",
    "reverbe": "reverb",
    "verb": "reverb",
    "eqing": "EQing",
    "sidechian": "sidechain",
    "panining": "panning",
    "dissapear": "disappear",
    "dissapears": "disappears",
    "disapears": "disappears",
    "dissapearing": "disappearing",
    "definately": "definitely",
    "definatly": "definitely",
    "seperate": "separate",
    "alittle": "a little",
    "abit": "a bit",
    "littel": "little",
    "lowd": "loud",
    "ballance": "balance",
    "balence": "balance",
    "burried": "buried",
    "drowing": "drowning",
    "realy": "really",
    "reely": "really",
    "rly": "really",
    # studio abbreviations and slang for instruments
    "hatz": "hats",
    "hh": "hi-hat",
    "hihat": "hi-hat",
    "hihats": "hi-hats",
    "kik": "kick",
    "kicc": "kick",
    "snar": "snare",
    "snair": "snare",
    "gtr": "guitar",
    "gtrs": "guitars",
    "gtar": "guitar",
    "guitr": "guitar",
    "guiter": "guitar",
    "gitar": "guitar",
    "vox": "vocal",  # "the vox" is slang for "the vocal" (the lead); a plural cue makes it "vocals" (_PLURAL_VOX)
    "vocs": "vocals",
    "vocalz": "vocals",
    "vocles": "vocals",
    "bgv": "backing vocal",
    "bgvs": "backing vocals",
    "bvs": "backing vocals",
    "bv": "backing vocal",
    "bvox": "backing vocals",
    "pno": "piano",
    "keyz": "keys",
    "bas": "bass",
    "bassline": "bass line",
    "drumz": "drums",
    "drms": "drums",
    "symbols": "cymbals",
    "cymbols": "cymbals",
    "overheds": "overheads",
    "ohs": "overheads",
    "perc": "percussion",
}
_DROPPED_G_VERBS = (
    "sittin", "pushin", "pullin", "bringin", "turnin", "gettin", "goin", "comin", "poppin", "stickin", "jumpin",
    "feelin", "soundin", "lookin", "workin", "buryin", "drownin", "liftin", "cuttin", "ridin", "hidin", "hittin",
    "playin", "fightin", "clashin", "eatin", "smearin", "boomin", "bumpin", "crankin", "tuckin", "nudgin", "droppin",
)  # fmt: skip
"""Verbs typed with their g dropped and no apostrophe ("is it sittin where it should", "want pushin up"): none of
them is another word without the g."""
_WORDS.update({said: said + "g" for said in _DROPPED_G_VERBS})

# "way to loud", "to much": 'to' typed for 'too' before a degree word
_DEGREE = (
    r"(?:loud|quiet|soft|low|high|much|little|bright|dark|harsh|muddy|boomy|thin|wide|narrow|hot|far|forward|upfront|"
    r"buried|busy|compressed|squashed)\b"
)
_TO_TOO = re.compile(
    r"\b(?P<w>way|far|bit|much|little|so+|just|is|are|it|its|s|re|sounds?|seems?|feels?|gets?|got|still|they|them|"
    rf"sitting|sits?) to (?={_DEGREE})|(?P<any>\w) 2 (?={_DEGREE})|^(?P<lead>\s*)(to|2) (?={_DEGREE})",
    re.IGNORECASE,
)
"""'to' (or texting's '2') typed for 'too' before a degree word: "way to loud", "kik 2 loud?", "to much?"."""


def _too(m: re.Match[str]) -> str:
    if m.group("w") is not None:
        return f"{m.group('w')} too "
    if m.group("any") is not None:
        return f"{m.group('any')} too "
    return f"{m.group('lead')}too "


_FIRST_NUM = re.compile(r"\b1st\b", re.IGNORECASE)
_ONE = re.compile(r"\b1 (?=(thing|change|fix|move|problem|issue)\b)", re.IGNORECASE)
"""'what do I fix 1st': the ordinal typed as a number."""
_PLURAL_VOX = re.compile(
    r"\b(?P<cue>((all|both|these|those|every one)( of)?|are|were|aren't|weren't)( all)?( the| my| our| your)?"
    r"( two| three| four| \d+)? )vox\b|"
    r"\bvox(?= (are|were|aren't|weren't|both|all)\b|"
    r"( (sit|sound|blend|work|gel|fit|mesh|go|play)\w*)? (well |ok |okay |good |right )?"
    r"(together|with each other|with one another)\b)",
    re.IGNORECASE,
)
"""'all the vox', 'are the vox too loud', 'the vox are clashing', 'how do the vox sit together': "vox" said with a
plural word is more than one voice, so "vocals" (every voice); elsewhere "the vox" is the vocal, as "vocal" is."""
_VOCAL_STACK = re.compile(
    r"\b(vocal|vox|voice)s? (stack|stacks|pile|layers|blend(?! (in|into|with|better|more|nicer|properly|"
    r"together|well)\b))\b|\bstack(ed)? (of )?(vocals|vox|voices)\b",
    re.IGNORECASE,
)
"""'the vocal stack', 'my stack of vocals': every voice together (lead and harmonies), so "vocals" ("make the vocal
blend in better" blends one voice: a verb, not the stack)."""
_WORD = re.compile(r"(?<![\w'/-])([a-z][a-z'/]*)(?![\w'/-])", re.IGNORECASE)
_KIND_NOUN = r"(?=(guitars?|gtrs?|gtars?|geetars?|bass(es)?)\b)"
_KIND_SHORT = re.compile(
    r"\b(?:(?P<ac>ac|acc|acou|acous|acst|acstc|acoustc|acousitc)(?:\.\s*|-|\s+|(?=gtrs?\b))"
    r"|(?P<el>el|elec|elect|electr|elctric|eletric)(?:\.\s*|-|\s+|(?=gtrs?\b))"
    r"|(?P<a>a)(?:\.\s*|-|(?=gtrs?\b))|(?P<e>e)(?:\.\s*|-|(?=gtrs?\b)))" + _KIND_NOUN,
    re.IGNORECASE,
)
"""'ac bass', 'ac. guitar', 'acc gtr', 'a-gtr', 'agtr', 'e-gtr', 'elec gtr', 'el. guitar': acoustic or electric
shortened before the instrument it qualifies is one instrument (an acoustic bass is a bass), never a part of its
own called "ac"; a lone letter counts only when tied to the noun ('a-gtr', 'e.gtr', 'egtr'), as "a guitar" is not
an acoustic one."""


def _kind(m: re.Match[str]) -> str:
    return "acoustic " if m.group("ac") or m.group("a") else "electric "


_LEADING_R = re.compile(
    r"(^\s*|[,.;?!]\s*)(r|ur)\b(?= (the|my|these|those|they|them|you|there|we|all)\b)", re.I
)
"""'r the hats too loud': texting's 'r' (or 'ur') opening a question is 'are'; elsewhere it may be a side (L/R)."""
_LEADING_Y = re.compile(r"^(\s*)y\b(?=\s*(tho|though|is|does|do|are|not|would|should)\b|\s*\?|\s*$)", re.I)
"""'y tho?': texting's 'y' opening a question is 'why'."""
_INTERJECTION = re.compile(
    r"[\s,.]+(lol|lmao|haha+|hah|lolol|smh|tbh|fr|ngl|pls|please|thx|thanks)\W*$", re.I
)
"""'is the organ even there lol': a sign-off that is not part of the question."""
_MID_INTERJECTION = re.compile(
    r"[\s,.]+(lol|lmao|haha+|hah|lolol|smh|ngl)[\s,.!]+(?=(is|are|do|does|did|should|can|could|would|will|was|"
    r"what|how|why|which|who|am|any)\b)",
    re.I,
)
"""'harmony is louder than the lead lol is that a problem': the laugh marks where the question starts."""


_FIDDLE_VERB = re.compile(
    r"\bover-?fiddl(e|es|ed|ing)\b|"
    r"\b(?P<who>to|wanna|gonna|don't|dont|not|never|i|we|you|u|keep|stop|can|should|would|will|just) fiddle"
    r"(?= (with|around|about|it|them|too much|any more|anymore)\b)",
    re.IGNORECASE,
)
"""'dont wanna over-fiddle it', 'i don't want to fiddle with it': fiddling as a verb (tweaking), never the
instrument, so a question about the Rhodes does not also ask after the strings."""


_RESTRAINT = re.compile(
    r"(?<=\?)\s*(?=[^?]*\b(not|don't|dont|do not|never|without|avoid\w*)\b)[^?]*\b(fiddl\w*|tweak\w*|touch\w*|"
    r"mess(ing)? (with|around)|muck\w* (with|about|around)|fuss\w*|over-?(do|did|cook|process|think|work|tweak)\w*)\b[^?]*$",
    re.IGNORECASE,
)
"""'is the piano ok? trying not to fiddle with it too much': after the question, the asker's own restraint, which
says nothing about the mix (its "too much" is the tweaking, not the piano), so it is left out."""


def _fiddle(m: re.Match[str]) -> str:
    return f"{m.group('who')} tweak" if m.group("who") else "over-tweak"


_DROPPED_G = re.compile(r"^[a-z]{3,}in'$", re.IGNORECASE)
"""'stickin'', 'poppin'': a dropped g, said with its apostrophe (bare "-in" is also "violin", "within")."""
_POSSESSIVE = re.compile(r"^(?P<stem>[a-z]+)(?P<tail>'s|s'|')?$", re.IGNORECASE)


def _slip(said: str, track_words: Iterable[str]) -> str:
    """``said`` read back to the part's name it was typed for ("basss" -> "bass", "harmoney's" -> "harmony's")."""
    m = _POSSESSIVE.match(said)
    fixed = corrected(m.group("stem"), track_words) if m else None
    return said if m is None or fixed is None else fixed + (m.group("tail") or "")


def normalise(
    text: str, keep: Callable[[str], bool] = lambda _w: False, track_words: Iterable[str] = ()
) -> str:
    """``text`` with shorthand, abbreviations and misspellings replaced by the words the intent rules read;
    ``keep(word)`` True leaves a word as typed (a handle of one of the session's own track names);
    ``track_words``: the words of those names, so a slip in one reads back to it too."""
    own = tuple(track_words)

    def word(m: re.Match[str]) -> str:
        said = m.group(1)
        if keep(said):
            return said
        if _DROPPED_G.match(said):
            return said[:-1] + "g"  # "stickin' out": the g the apostrophe stands for
        return _WORDS.get(said.lower()) or _slip(said, own)

    out = _LEADING_R.sub(lambda m: f"{m.group(1)}are", _FIDDLE_VERB.sub(_fiddle, _RESTRAINT.sub("", text)))
    out = _LEADING_Y.sub(lambda m: f"{m.group(1)}why", out)
    while (bare := _INTERJECTION.sub("", out)) != out:
        out = bare
    out = _MID_INTERJECTION.sub(", ", out)
    out = _PLURAL_VOX.sub(lambda m: f"{m.group('cue') or ''}vocals", out)
    out = _VOCAL_STACK.sub("vocals", out)
    out = _KIND_SHORT.sub(lambda m: m.group(0) if keep(m.group(0).strip(" .-")) else _kind(m), out)
    out = _WORD.sub(word, _ONE.sub("one ", _FIRST_NUM.sub("first", out)))
    return _TO_TOO.sub(_too, out)
