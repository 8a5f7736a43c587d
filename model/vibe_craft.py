"""How to get a whole-mix "vibe" asked in an amateur's words ("how do I make it more polished", "more radio ready",
"a vintage sound", "make it more lofi", "mix sounds boring, how do i fix it", "why does it sound so lifeless",
"less plasticky", "it sounds sterile"): a character no single band or meter here measures.

Why: these words name no tone kind, so the router answered them with whatever lean stood out ("the mix leans a
little harsh") or "nothing in the numbers needs fixing", with no word on the how asked. An engineer answers the
craft for that character on the user's own mix: what stands out first (a real fault comes before any vibe), then
the vibe's moves with their usual numbers (common practice, labelled so), the mix's own measured loudness or
dynamics where the vibe is made of them, and how to check. A yes/no ("is my mix boring?", "does it sound pro?") is
left to the verdict routes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, article, first_sentence, fit, lower_first
from model.recipes import Move, recipe

SQUASHED_PLR_DB = 8.0
"""A peak-to-loudness ratio under this reads as squashed (common practice for pop/rock masters: ~8-12 dB)."""


@dataclass(frozen=True, slots=True)
class Vibe:
    """One whole-mix character: the words that ask for it, the answer's head, its craft and its check."""

    name: str
    words: re.Pattern[str]
    head: str
    craft: str
    check: str


VIBES: tuple[Vibe, ...] = (
    Vibe(
        "polished",
        re.compile(
            r"\b(polish\w*|pro(?![- ]?(q|l|c|r|g|mb|ds|tools)\b)|professional|radio[- ]?ready|commercial|release[- ]?ready|glossy|slick|"
            r"expensive|amateur\w*|cheap|(like )?a real (record|release|song))\b",
            re.I,
        ),
        "Polish is balance, glue and finish, in that order.",
        "Glue (common practice): a bus compressor on the master, 2:1, attack ~30 ms, auto release, 1-2 dB of gain "
        "reduction. Finish: a limiter last with its ceiling at -1 dBTP, up to about -14 LUFS for streaming.",
        "A/B against a released song in the same style at the same loudness: the balance should hold up beside it.",
    ),
    Vibe(
        "lofi",
        re.compile(r"\blo-?fi\b|\blow[- ]fi\b", re.I),
        "Lo-fi is a band-limited, worn sound, best built on a parallel bus so you can blend it.",
        "On that bus (common practice): high-pass at ~200-300 Hz and low-pass at ~3-5 kHz, a bit-crusher or "
        "sample-rate reducer (about 12-bit, 22 kHz), some saturation, and a little wow/flutter or vinyl noise under it.",
        "Blend the bus up until it's a flavour: the vocal should still read every word.",
    ),
    Vibe(
        "vintage",
        re.compile(
            r"\b(vintage|retro|old[- ]school|analog(ue)?|70s|60s|seventies|sixties|motown|stax|classic soul)\b",
            re.I,
        ),
        "Vintage is mostly a narrower band and some saturation.",
        "On the master (common practice): high-pass gently at ~30-40 Hz and low-pass at ~10-12 kHz (12 dB/oct), a "
        "tape or console saturator with light drive, a plate or spring reverb on a send, and parts panned left, "
        "centre or right rather than everywhere.",
        "Bypass it all at matched level: it should sound warmer and rounder, not muffled; if it does, raise the low-pass.",
    ),
    Vibe(
        "boring",
        re.compile(
            r"\b(boring|lifeless|samey|stale|unexciting|no (life|energy|movement|excitement))\b|"
            # "anything i could add to make it more interesting?": movement asked for, the same craft
            r"\bmore (interesting|exciting|interest|movement|ear candy)\b|\bear candy\b|"
            # "the mix sounds flat", "less flat": no lift or movement (its yes/no is the dynamics' question)
            r"\b(sounds?|feels?|so|too|kinda|kind of|really|pretty|very|less|bit|little|super|totally) flat\b(?! (eq|response|curve)s?\b)",
            re.I,
        ),
        "That's rarely one EQ band: it's movement and contrast.",
        "Automate it (common practice): push each chorus 1-2 dB over its verse, drop a part out for a bar before a new "
        "section, throw a delay on the ends of vocal lines, and open the chorus wider than the verse.",
        "Play across a verse-to-chorus change: the chorus should lift without you touching the volume.",
    ),
    Vibe(
        "gritty",
        re.compile(
            r"\b(grit|gritty|grittier|grimier|grungy|grungier|crunchy|crunchier|dirtier|rawer)\b", re.I
        ),
        "Grit is saturation or distortion, added on purpose, not an EQ boost.",
        "Common practice: a saturator or tape/tube plug-in on a parallel bus fed by the drums and bass (drive it hard, "
        "blend it back 10-30%), light drive on the master bus (1-2 dB of added harmonics at most), or a distortion "
        "with a high-pass at ~150 Hz before it so the low end stays clean.",
        "Bypass it at matched level: it should feel edgier and more forward, not harsher or fizzier up top.",
    ),
    Vibe(
        "plasticky",
        re.compile(r"\b(plastic\w*|sterile|clinical|fake|too (clean|digital)|sounds? digital)\b", re.I),
        "That's a missing-grit sound, not a measured fault.",
        "Common practice: light tape or tube saturation on the drums, bass and master bus, a short room reverb on a "
        "send that everything feeds a little, broad shelves instead of narrow high-Q boosts up top, and some timing "
        "and velocity left human instead of hard quantize.",
        "Bypass it at matched level: it should feel warmer and more glued, not distorted.",
    ),
)
"""The vibes, in the order they are tried (lofi before vintage: "lofi vintage vibe" is the lofi craft)."""
WISHED = re.compile(r"\b(more|less|how|make|get)\b", re.IGNORECASE)
"""A change asked for in words ("make it more radio ready"), not a state asked about ("is it finished?")."""
GRIT_WISHED = re.compile(
    r"\b(more|want|wanna|add|get|make|need|grittier|dirtier|crunchier|grungier|grimier|rawer)\b",
    re.IGNORECASE,
)
"""Grit wished for ("i want it more gritty", "make it grittier"), not complained of ("is it too gritty?")."""
HOW_FORMS = (Wants.HOW_TO, Wants.WHAT_FIRST, Wants.WHY, Wants.LISTEN)
"""The forms answered with the craft; a yes/no ("is it boring?") is the verdict routes' question."""


def vibe_of(question: str) -> Vibe | None:
    """The vibe ``question`` asks for, or None."""
    return next((v for v in VIBES if v.words.search(question)), None)


def _asked(focus: Focus) -> Vibe | None:
    intent = focus.intent
    if intent.instruments or intent.technique is not None:
        return None  # "make the snare more vintage": the part's own craft; "pro compressor": a tool
    question = intent.question
    statement = intent.wants == Wants.JUDGE and "?" not in question  # "mix sounds sterile": a fix wanted
    if intent.wants not in (*HOW_FORMS, Wants.JUDGE) and intent.kind != "what_do_you_hear":
        return None
    vibe = vibe_of(question)
    if (
        vibe is not None
        and vibe.name == "polished"
        and intent.wants != Wants.HOW_TO
        and not WISHED.search(question)
    ):
        return (
            None  # "is this mix finished or ...?", "sounds pro?": a state asked, the verdict routes' question
        )
    if (
        vibe is not None
        and vibe.name == "gritty"
        and (intent.wants == Wants.JUDGE or intent.complaint is not None)
        and not GRIT_WISHED.search(question)
    ):
        # "is the mix too gritty?", "feels wonky n crunchy, like the left side is shoving everything, where do i
        # start": a fault complained of, the measured routes' question
        return None
    if intent.wants == Wants.JUDGE and not statement and intent.complaint == "squashed":
        return None  # "is the mix flat?": whether it is squashed, which the peak-to-loudness ratio says
    if intent.wants == Wants.JUDGE and not statement and (vibe is None or vibe.name == "polished"):
        return None  # "does it sound pro?": the verdict routes judge a good state
    return vibe


def _measured(ctx: MixContext, vibe: Vibe) -> str:
    """The mix's own numbers where the vibe is made of them: loudness for polish, dynamics for energy."""
    a = ctx.analysis
    if a is None:
        return ""
    if vibe.name == "polished":
        return f"You're at {a.integrated_lufs:.1f} LUFS integrated with the true peak at {a.true_peak_dbtp:.1f} dBTP now."
    if vibe.name == "boring":
        if a.plr_db < SQUASHED_PLR_DB:
            return (f"And ease the limiting: {article(f'{a.plr_db:.0f}')} {a.plr_db:.0f} dB peak-to-loudness ratio is squashed, and a mix "
                    "with no peaks left has no push.")  # fmt: skip
        return f"Your {a.plr_db:.0f} dB peak-to-loudness ratio says it isn't squashed, so it's the arrangement's movement."
    return ""


def vibe_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The vibe's craft on this mix, a measured problem first; None when no whole-mix vibe is asked as a how."""
    vibe = _asked(focus)
    if vibe is None:
        return None
    parts = [vibe.head]
    if focus.intent.wants == Wants.JUDGE and "?" in focus.intent.question:
        # "is my mix boring?": no meter says yes or no to that, so say so before the craft, never a bare "Yes"
        parts = [f"Not something a meter can call yes or no; {lower_first(vibe.head)}"]
    moves: list[Move] = []
    # a fault comes first; a tonal lean only where the vibe is the finish itself (polish), not a character wished
    first = next((f for f in ctx.problems if vibe.name == "polished" or not f.is_lean), None)
    if first is not None:  # a measured problem first, in a line; its move after the craft, as room allows
        moves.append(recipe(first, focus.session))
        said = (
            first_sentence(first.summary).split(". ")[0].rstrip(".")
        )  # its headline only: the craft needs the room
        parts.append(f"First fix what stands out: {lower_first(said)}.")
    parts += [vibe.craft, _measured(ctx, vibe)]
    fix = moves[0].try_text if moves else ""
    words = EXPLAIN_WORDS if focus.intent.explain or focus.intent.wants == Wants.WHY else MAX_WORDS
    kept = [p for p in parts if p]
    return Answer(fit([*kept, fix, vibe.check], words, keep=len(kept)), moves, first)
