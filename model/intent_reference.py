"""A platform named as what the mix is compared with ("thin and empty compared to stuff on spotify", "muddy next to
songs on youtube"): the complaint is the quality named (thin, muddy, dull), the platform only says the asker
compares with released songs. Only when loudness itself is said ("quieter than spotify", "not as loud as apple
music", "why does spotify turn it down") is it a loudness question; a level word on the whole mix against a
platform ("weak next to spotify") stays one too."""

from __future__ import annotations

import re
from collections.abc import Callable

PLATFORM = re.compile(
    r"\b(spotify|streaming( services?| platforms?)?|apple music|youtube|tidal|soundcloud|amazon music|deezer)\b",
    re.IGNORECASE,
)
"""A streaming platform named: released songs heard there, the usual reference of an amateur."""

LOUDNESS_SAID = re.compile(
    r"\bloud\w*|\bquiet\w*|\blufs\b|\bloudness\b|\bvolume\b|\bnormali[sz]\w*|\bturn(s|ed|ing)? (\w+ ){0,2}down\b|"
    r"\blevels?\b|\bgain\b|\blimit\w*|\bmaster(ed|ing)? (louder|hotter)\b|\bhot(ter)?\b|"
    # "squash it so it competes on streaming": a master measured against released songs, their loudness
    r"\bcompet\w* (on|with|against|alongside)\b",
    re.IGNORECASE,
)
"""Loudness said in words: then the platform's loudness target is what the asker measures against."""

LEVEL_COMPLAINTS = frozenset({"quiet", "loud", "loudness", "balance"})
"""Complaints that are a level: against a platform, that level is the mix's loudness."""


_PLAIN = {"thinner": "thin", "weaker": "weak", "muddier": "muddy", "duller": "dull", "harsher": "harsh",
          "smaller": "small", "emptier": "empty", "boomier": "boomy", "narrower": "narrow", "darker": "dark"}  # fmt: skip
_COMPARATIVE = re.compile(r"\b(" + "|".join(_PLAIN) + r")\b", re.IGNORECASE)
"""A quality said as a comparative next to a reference ("thinner than spotify") is that quality."""

FULL = re.compile(
    r"\b(as full|fuller|full enough|not (as |so |very )?full|lacks? (fullness|body)|no (fullness|body))\b",
    re.I,
)
"""A mix said to be less full than released songs: it lacks weight and fill, the thin complaint."""


def as_full(text: str) -> bool:
    """True for "is my mix as full as songs on spotify?", "is the kick as loud as in pro mixes?": fullness or
    level asked against a reference, so yes means nothing lacks (as "enough" does), never "is it too loud?"."""
    return bool(re.search(r"\b(as full as|full enough)\b", text, re.IGNORECASE)) or as_loud(text)


AS_LOUD = re.compile(
    r"\bas (loud|hot|present|upfront|up front|prominent) as\b(?! (the |my |our )?(lead|main)\b)",
    re.IGNORECASE,
)
"""A part's level asked against a reference ("as loud as in pro mixes", "as upfront as on real records"); never
against the lead ("as loud as the lead"), which a supporting part should sit under: that is "too loud?"."""


def as_loud(text: str) -> bool:
    """True for "is the vocal as loud as on pro records?": the level held to a reference, read as "loud enough"."""
    return AS_LOUD.search(text) is not None


def compared_quality(text: str, complaint_of: Callable[[str], str | None]) -> str | None:
    """The quality complaint of a question that names a platform only as its reference ("thin compared to
    spotify" -> 'thin'); None when the platform is the subject (loudness said, or no other quality named).

    ``complaint_of`` is the intent's own complaint reader, run on the question with the platform left out."""
    if not PLATFORM.search(text) or LOUDNESS_SAID.search(text):
        return None
    plain = _COMPARATIVE.sub(lambda m: _PLAIN[m.group(0).lower()], PLATFORM.sub(" ", text))
    other = complaint_of(plain) or empty_complaint(text) or ("thin" if FULL.search(text) else None)
    return other if other is not None and other not in LEVEL_COMPLAINTS else None


EMPTY = re.compile(
    r"\b(empty|sparse|bare)\b(?! (track|space|bar|bars|slot|channel|item|project)s?\b)", re.IGNORECASE
)
"""A whole mix said to sound empty next to released songs: the fill between the low end and the lead is missing,
the same lack as thin (said on its own, "empty" keeps its own readings: ``model.intent``)."""


def empty_complaint(text: str) -> str | None:
    """'thin' for a mix said to sound empty or sparse ("empty compared to spotify"), else None."""
    return "thin" if EMPTY.search(text) else None


REFERENCE = re.compile(
    r"\b(my |the |a |your )?(reference( tracks?| songs?| mix(es)?)?|refs?|pro(fessional)? (mix|song|track|record)\w*|"
    r"commercial (mix|song|track|record|release)\w*|released (mix|song|track|record)\w*|other (mix|song|track|record)\w*|"
    r"(stuff|songs|tracks|records) on the radio|"
    # "real releases", "other ppls releases", "proper records": released music said plainly
    r"(real|proper|other|pro|official|actual|other (people'?s|ppls?|artists'?)) (releases|records|songs|tracks))\b",
    re.IGNORECASE,
)
"""Released music the asker compares with: a reference track, pro or commercial mixes, other songs."""

QUIETER_THAN = re.compile(
    r"\b(quieter|softer|less loud|not (as|so) loud|nowhere near as loud|way less loud)\b( \w+){0,2} (than|as|compared to|next to)\b|"
    # "would it come off soft compared to real releases": the mix said quiet beside them, without "-er"
    r"\b(come|comes|coming|sound|sounds) (across |off |out )?(a bit |kinda |really |super |too )?(soft|quiet|weak)\b"
    r"( \w+){0,2} (compared to|next to|against|beside|vs\.?)\b",
    re.IGNORECASE,
)


def reference_loudness(text: str, complaint: str | None = None) -> bool:
    """True for the whole mix said quieter than a reference ("so much quieter than my reference", "not as loud as
    pro mixes") or weak next to one ("flat and weak vs commercial songs"): the loudness question, measured
    against the loudness released songs are mastered to (a weak mix at that loudness lacks punch instead)."""
    m = QUIETER_THAN.search(text)
    if m is not None and REFERENCE.search(text[m.end() :]) is not None:
        return True
    return complaint == "quiet" and REFERENCE.search(text) is not None


LOW_END_MORE = re.compile(
    # "should i add more low end", "would a pro dial in more low end": a move that adds (or takes) low end
    r"\b(need|needs|want|wants|could use|should (it|they) (have|get)|add|adding|dial in|dialing in|put in|give it)\b"
    r"( \w+){0,2}? (a (bit|little|touch|lot) )?"
    r"(?P<way>more|less)\b(?! than)",
    re.IGNORECASE,
)


def low_end_more(text: str) -> str | None:
    """More or less asked of the low end named as the subject ("does the low end need more?"): 'thin' (it lacks)
    or 'boomy' (too much); None when nothing is asked more or less of. The caller checks the low end is named."""
    m = LOW_END_MORE.search(text)
    if m is None:
        return None
    return "thin" if m.group("way").lower() == "more" else "boomy"


DEVICE = re.compile(
    r"\b(phones?|iphones?|laptops?|macbooks?|tablets?|ipads?|car|cars|speakers?|earbuds|headphones|airpods|tv|radio)\b",
    re.IGNORECASE,
)


RADIO_REFERENCE = re.compile(
    r"\b(compared (to|with)|next to|than|vs\.?|versus|against|like)( (the )?(stuff|songs|tracks|music|mixes|what'?s))?"
    r"( (on|from|in))? (the )?radio\b",
    re.IGNORECASE,
)
"""'small compared to the radio', 'next to songs on the radio': released songs as the reference, not a radio
played on."""


SMALL_DEVICES = (("laptop", r"\blaptops?\b|\bmacbooks?\b"), ("tablet", r"\btablets?\b|\bipads?\b"),
                 ("bluetooth speaker", r"\bbluetooth (speaker|box)s?\b|\b(jbl|boombox)\b"),
                 ("phone", r"\b(phones?|iphones?|androids?)\b"))  # fmt: skip
"""Small speakers that play little under ~200 Hz, by the name the answer uses for each."""


def small_device(text: str) -> str:
    """The small speaker ``text`` names ("on my laptop": "laptop"), the one named first; "phone", the usual small
    speaker, when none is named."""
    found = [(m.start(), name) for name, p in SMALL_DEVICES if (m := re.search(p, text, re.IGNORECASE))]
    return min(found)[1] if found else "phone"


FULL_RANGE = re.compile(
    r"\b(car|cars|car stereo|truck|club|pa|hi-?fi|home stereo|sound ?system|sub ?woofer|soundbar)\b",
    re.IGNORECASE,
)
"""Playback that carries the low end a small speaker loses ("on my car stereo", "in the club")."""


def names_full_range(text: str) -> bool:
    """True when ``text`` names only full-range playback ("sounds small on my car stereo"), no small speaker."""
    return FULL_RANGE.search(text) is not None and not any(
        re.search(p, text, re.IGNORECASE) for _, p in SMALL_DEVICES
    )


def names_device(text: str) -> bool:
    """True when ``text`` names a speaker or device it is played on ("on my phone", "in the car"), not the radio
    as released songs ("compared to the radio")."""
    return DEVICE.search(RADIO_REFERENCE.sub(" songs ", text)) is not None


def small_next_to_reference(text: str, complaint: str | None) -> str | None:
    """'thin' for a mix said to sound small next to released songs with no small speaker named ("small compared
    to commercial songs", "small compared to the radio"): it lacks the weight and fill those have, not a phone's
    missing low end."""
    if RADIO_REFERENCE.search(text) and complaint == "small" and not names_device(text):
        return "thin"
    if complaint != "small" or names_device(text):
        return complaint
    return "thin" if PLATFORM.search(text) or REFERENCE.search(text) else complaint
