"""The words the truth check reads around a number: what makes it a target, a state, a move or a general fact,
and which quantity (PLR, a band, a fader...) it names. Data for model/claims.py, one regular expression each.

Patterns that end in ``$`` are matched against the words just before a number; ``*_AFTER`` ones against the words
just after it.
"""

from __future__ import annotations

import re

from companion.knowledge.bands import BANDS

# ---------------------------------------------------------------- cues

TARGET_CUES = re.compile(
    r"\b(?:aim(?:ing)?(?: for| at)?|target(?:ing|s)?(?: of| is| at)?|to (?:hit|reach|land|get|sit|be)(?: at| on| around| near| about)?"
    r"|(?:hit|reach|land)s?(?: on| at| around| near| about)?|get (?:it |things )?(?:down |up )?to|bring (?:it|the \w+) (?:down |up )?to"
    r"|back to|towards?|stay(?:s|ing)? (?:under|below|at|around)|keep(?:ing)? (?:it |them |the \w+ |peaks |true peaks )?(?:under|below|at|around)"
    r"|under|below|above|over|at most|no (?:more|higher|louder) than|max(?:imum)? of|ceiling(?: of| at)?|limit(?: of)?"
    r"|normali[sz]\w*(?: to)?|standard(?: of)?|spec|recommend\w*(?: about| around)?|should(?: be| read| sit| land| hit)?(?: at| around| about)?"
    r"|want(?: it)?(?: at| around)?|needs? to (?:be|sit)(?: at| around)?|check (?:that )?(?:it|the \w+) (?:reads|is|sits|hits)(?: at| around| about)?"
    r"|until(?: it| you)?(?: reads| hits| lands?| sits| get)?(?: at| around| about| near)?"
    r"|so (?:that )?(?:it|the \w+|you) (?:lands?|reads|sits|hits|stays?|ends? up|gets?)(?: under| below| at| around| near| on| about)*"
    r"|for (?:spotify|apple(?: music)?|youtube|tidal|amazon|streaming|broadcast|cd|ebu|a release)"
    r"|(?:spotify|apple(?: music)?|youtube|tidal|amazon|ebu|r128|streaming)(?:'s)?|past(?: the)?|than|vs\.?|versus|compared (?:to|with)|instead of"
    r"|(?:most|typical|modern) [\w/ ]*?(?:masters|mixes|songs|tracks) (?:land|sit)\w*(?: at| on| around)?|around the|a target)(?: about| around| roughly| ~)?\s*$",
    re.IGNORECASE,
)
STATE_CUES = re.compile(
    r"\b(?:you'?re|you are|it'?s|it is|is|are|sits?|sitting|measur(?:es|ed|ing)|reads?|reading|currently|right now|now|comes? in|coming in"
    r"|hit(?:s|ting)?|peak(?:s|ing)?|at|of|reach(?:es|ing)?|i (?:measure|see|get|read|count|hear)|i'?m (?:seeing|reading|getting)|shows?|showing"
    r"|overshoots?|tops? out|was|were)(?: at| around| about| near| roughly| only| just| up| down| already)*(?: ~| about| around| roughly)?\s*$",
    re.IGNORECASE,
)
TARGET_AFTER = re.compile(
    r"^\s*(?:integrated |true peak |short-term )?(?:target|ceiling|goal|standard|limit|max(?:imum)?\b|or (?:so|less|lower|under)"
    r"|is (?:the |a |what |spotify|apple|youtube|streaming|typical|standard|normal|where|about right|the norm|fine for)"
    r"|for (?:streaming|spotify|apple|youtube|cd|broadcast|a release)|(?:most|many) |masters?\b|(?:is |are )?typical)",
    re.IGNORECASE,
)
GENERAL = re.compile(
    r"real mixes|mixologydb|\biqr\b|\ba median\b|common practice|project notes|rule of thumb|\btypical:|a starting point|engineers (?:put|set|used|high-passed)"
    r"|in (?:most|many|pro|professional|commercial) (?:mixes|masters|songs|records)",
    re.IGNORECASE,
)
ADVICE_BEFORE = re.compile(
    r"\b(?:cut|cutting|boost|boosting|dip|dipping|lift|shelf|shelve|bell|notch|scoop|add|adding|remove|reduce|"
    r"attenuate|gentle)\b[\w\s'~(),+-]{0,18}$",
    re.IGNORECASE,
)
ADVICE_AFTER = re.compile(
    r"^\s*(?:\w+ ){0,2}?(?:cut|boost|dip|lift|shelf|shelving|bell|notch|scoop|of (?:gain )?reduction|gain reduction|of compression"
    r"|/oct|per octave|slope|of headroom|headroom|out around|out at|(?:high|low)[- ]shelf|eq move|reduction|(?:less|more) gain)",
    re.IGNORECASE,
)
CHANGE = re.compile(
    r"\b(?:pull|push|bring|take|turn|nudge|drop|raise|lower|ride|back|ease|trim|move|put|get|set|cut|boost)\b(?P<obj>(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?)"
    r"\b(?P<dir>up|down|off|back|louder|quieter|higher|lower)\b[\w\s'~()-]{0,16}$",
    re.IGNORECASE,
)
LEVEL_FRAMING = re.compile(
    r"\b(?:too (?:loud|quiet|hot|low|soft)|buried|louder|quieter|hotter|softer|sticks? out|jumps? out|drowned|"
    r"way (?:up|down))\b",
    re.IGNORECASE,
)
"""Words that tie a fader move to the track's level ("it's 8 dB louder than the rest; pull it down 7 dB"). A move
without them ("bring the bass up 2 dB" for a thin low end) is judged by its direction only."""
ROOM_TO_TARGET = re.compile(r"\s*(?:of )?(?:room|headroom|to go)\b", re.IGNORECASE)
UP = re.compile(r"\b(?:up|raise|push|louder|higher|boost)\b", re.IGNORECASE)
PURPOSE_TARGET = re.compile(
    r"\b(?:to (?:hit|reach|land|get|sit|be)|until|so (?:that )?(?:it|the \w+|you|peaks|the peaks|true peaks)"
    r"|(?:lands?|landing) (?:at|on|near|around))\b[^.;]*?(?P<value>[+-]?\d+(?:\.\d+)?)\s?(?P<unit>LUFS|LKFS|dBTP)",
    re.IGNORECASE,
)

Q_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("plr_db", r"\bplr\b|peak[- ]to[- ]loudness"),
        ("crest_db", r"\bcrest"),
        (
            "over_ceiling",
            r"ceiling by|over (?:the )?(?:[+-]?\d+(?:\.\d+)? ?dbtp )?ceiling|above (?:the )?ceiling|overshoots?",
        ),
        ("true_peak", r"true[- ]peaks?|inter-?sample"),
        ("short_term", r"short[- ]term|momentary|loudest (?:bar|section|part|moment|chorus)"),
        ("lra", r"\blra\b|loudness range|dynamic range|(?:loudness|dynamic) spread"),
        ("clipped", r"clipped|clips\b|clipping samples|samples? (?:at|over) full scale|flat tops"),
        ("dc", r"dc offset|\bdc\b"),
        (
            "low_end_corr",
            r"(?:low[- ]end|lows|low frequencies|bass|below \d+ ?hz|under \d+ ?hz|sub)(?:[^.;]|(?<=\d)\.(?=\d)){0,40}correlat"
            r"|correlat\w*(?:[^.;]|(?<=\d)\.(?=\d)){0,25}(?:low[- ]end|below \d+ ?hz|under \d+ ?hz|lows)",
        ),
        ("correlation", r"correlat\w*|phase meter"),
        ("width", r"\bwidth\b|side energy"),
        (
            "lr_balance",
            r"\b(?:left|right)\b(?: channel| side| speaker)?(?:[^.;]|(?<=\d)\.(?=\d)){0,25}(?:louder|quieter|hotter|softer)"
            r"|(?:louder|quieter)[^.;]{0,12}\b(?:left|right)\b|leans?[^.;]{0,12}(?:left|right)|(?:left[- ]right|l-r|l/r) balance",
        ),
        (
            "target_gap",
            r"(?:over|under|above|below|louder than|quieter than|hotter than|short of|past|from|off) (?:the |your )?(?:[\w]+'s |[\w]+ )?(?:spotify|apple|youtube|tidal|ebu|streaming|target|normali[sz]ation)"
            r"|^\s*(?:of )?(?:room|headroom|to go)\b[^.;]{0,30}?\b(?:spotify|apple|youtube|tidal|ebu|streaming|target)",
        ),
        ("fader", r"\bfader|\bvolume\b|\bgain knob"),
        ("meter", r"\bmeter|\bpeak(?:s|ing)?\b|\baverag\w*|\blevel\b|\breads?\b|\bhits?\b|\bhitting"),
        (
            "vs_mix",
            r"\b(?:louder|quieter|hotter|softer|lower|higher|buried|too (?:loud|quiet|hot|low|high)|under|over|above|below|up|down)\b[^.;]{0,40}\b(?:than|against|relative|compared|rest|usual\w*|typical\w*|should|supposed|where|the (?:kit|band|mix|others|track))|\b(?:buried|too (?:loud|quiet|hot|low))\b",
        ),
        ("integrated", r"integrated|overall loudness|\bloudness\b|\blufs-i\b"),
    )
)
BAND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (band, re.compile(pattern, re.IGNORECASE))
    for band, pattern in (
        ("sub", r"\bsub(?:-?bass)?\b|\bsubs\b|\blow(?:est)? lows\b"),
        (
            "bass",
            r"\blow[- ]end\b|\blows\b|\bbottom(?: end)?\b|\blow frequencies\b|\bbass (?:band|region|range|frequencies)\b|\bboom\w*",
        ),
        ("low_mid", r"\blow(?:er)?[- ]mids?\b|\blow[- ]midrange\b|\bmud\w*|\bbox\w*"),
        ("mid", r"(?<!low[- ])(?<!lower[- ])(?<!upper[- ])(?<!high[- ])\bmid(?:s|range)?\b"),
        ("high_mid", r"\b(?:upper|high)[- ]mids?\b|\bharsh\w*"),
        ("presence", r"\bpresence\b"),
        (
            "air",
            r"\bair\b|\btop[- ]end\b|\bhighs\b|\bhigh[- ]end\b|\btreble\b|\bbrilliance\b|\bsparkle\b|\bdull\w*",
        ),
    )
)
WORD_REGION: dict[str, tuple[float, float]] = {**BANDS, "air": (6000.0, 20000.0)}
TOP_END = re.compile(r"\btop[- ]end\b|\bhighs\b|\bhigh[- ]end\b|\btreble\b|\bdull", re.IGNORECASE)
LOW_END = re.compile(r"\blow[- ]end\b|\blows\b|\bbottom\b|\blow frequencies\b", re.IGNORECASE)
BAND_UP = re.compile(
    r"\b(?:too much|extra|heav\w*|hot\w*|above|over|more|excess\w*|bump|build[- ]?up|pile[- ]?up|boosted|loud\w*|forward|up|strong\w*|bigger)\b",
    re.IGNORECASE,
)
BAND_DOWN = re.compile(
    r"\b(?:below|under|less|light\w*|shy|missing|lacking|lacks|short|down|dipped|quiet\w*|thin\w*|weak\w*|recessed|low|lower|too little|scooped)\b",
    re.IGNORECASE,
)
BAND_REFERENCE = re.compile(
    r"\b(?:reference|balance|typical|curve|target|vs|versus|against|relative|compared)\b", re.IGNORECASE
)
MORE = re.compile(r"\b(?:louder|hotter|higher|over|above|up|too (?:loud|hot|high))\b", re.IGNORECASE)
LESS = re.compile(
    r"\b(?:quieter|softer|lower|under|below|buried|down|too (?:quiet|low|soft))\b", re.IGNORECASE
)
HZ_AROUND = re.compile(r"\b(above|over|below|under)\s+(?:about |around |~)?$", re.IGNORECASE)
IMPERATIVE = re.compile(
    r"^\W*(?:(?:then|now|so|next|first|just|and|also|finally)\W+)?(?:put|check|try|aim|pull|bring|cut|boost|set|keep|use|add"
    r"|back|ease|turn|drop|push|make|leave|high-pass|low-pass|dip|notch|listen|play|loudness-match|watch|compare|flip"
    r"|toggle|take|give|pan|start|mono|get|ride|nudge|lower|raise|go|bounce|render|a/b|shoot|land|trim|automate|insert)\b",
    re.IGNORECASE,
)
MASTER_OBJECT = re.compile(
    r"\b(?:master|limiter|output|mix|whole thing|everything|it all|the lot|bus|gain|ceiling|loudness)\b",
    re.IGNORECASE,
)
Q_CUES_BY_NAME = dict(Q_CUES)
