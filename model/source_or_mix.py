""" "Is that a mic problem or a mix problem?", "is it the arrangement or the mix?", "is that the mix or my car?":
the recording (or the arrangement, or the speaker it plays on) and the mix offered as the two causes of a sound.

Why: the judge route answered "Yes:" to a question with two sides. The meters see the mix (levels, bands, the
plug-ins and faders), never the mic or the room: an engineer names the mix side when a fader fault on the part
explains the sound, and when the part sits right says so and points to the recording, which only soloing the raw
track can judge."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.settings_level import level_fault
from model.verdict_opening import without_opening

SOURCE_WORDS = (
    r"mic|mics|mike|miking|micing|mic placement|recording|recorded|tracking|take|source|room|performance|playing|"
    r"player|singer|singing|voice|instrument|amp|tone|preamp|interface|capture"
)
_OWN_TAKE = r"voice|singing|singer|performance|playing|delivery"
"""The asker's own take, said bare against the mix ("is it my voice or the mix?")."""
_ARRANGED = r"arrangement|arranging|arrangment|song|songwriting|writing|composition|part|parts|voicing|notes"
"""The arrangement as the other cause: what is played, not how it is mixed."""
_MIX = r"mix|mixing|mixdown|the mix|my mix|eq|my eq|plug-?ins?|processing|fader|level|levels"
SOURCE_OR_MIX = re.compile(
    # "should i move the mic closer next time or is it a mix thing": the recording's side said with a plan
    rf"\b(a |the |my |an )?({SOURCE_WORDS})( problem| issue| thing| fault)?\b[^?.]{{0,25}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b|"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing| fault)\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my |an )?({SOURCE_WORDS})( problem| issue| thing| fault)?\b|"
    # "is it my voice or the mix?", "the mix or my singing?": the mix said bare, closing the choice
    # (the mic or the room said so is the part's own question, ``model.part_or_source``: "the mic or my mix?")
    rf"\b(my |the |her |his |their |our )({_OWN_TAKE})\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}\b(the |my )(mix|mixing)\s*[?.!]|"
    rf"\b(the |my )(mix|mixing)\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}\b(my |the |her |his |their |our )({_OWN_TAKE})\s*([?.!]|$)",
    re.IGNORECASE,
)
"""The recording and the mix offered as two causes ("mic problem or mix problem?", "mixing issue or the take?")."""
ARRANGED_OR_MIX = re.compile(
    rf"\b(the |my |a |an )?({_ARRANGED})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(the |my |a )?({_MIX})( problem| issue| thing)?\s*\?*\s*$|"
    rf"\b(the |my |a )?({_MIX})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(the |my |a |an )?({_ARRANGED})( problem| issue| thing)?\s*\?*\s*$",
    re.IGNORECASE,
)
"""The arrangement and the mix offered as two causes ("is it the arrangement or the mix?")."""
DEVICE_WORDS = r"car|car stereo|speakers?|monitors?|headphones|cans|earbuds|airpods|sub|subwoofer|system|phone|laptop|room"
DEVICE_OR_MIX = re.compile(
    rf"\b(the |my )?({_MIX})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(the |my |your )(?P<after>{DEVICE_WORDS})\b|"
    rf"\b(the |my |your )(?P<before>{DEVICE_WORDS})\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}\b(the |my )?({_MIX})( problem| issue| thing)?\b",
    re.IGNORECASE,
)
"""The speaker it plays on and the mix offered as two causes ("is that the mix or my car?")."""
ME_OR_MIX = re.compile(
    rf"\b(a |an )?(me|my end|my setup|my gear)( problem| issue| thing)\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing)?\b|"
    rf"\b(a |the |my )?({_MIX})( problem| issue| thing)?\b[^?.]{{0,12}}\bor\b[^?.]{{0,12}}"
    rf"\b(a |an )?(me|my end|my setup|my gear)( problem| issue| thing)\b",
    re.IGNORECASE,
)
"""'is that a me problem or a mix problem?': the listener's own playback against the mix, read as the speakers."""
SOURCE_BLAMED = re.compile(
    r"(\b(is|was) (that|it|this)( just| only| maybe| all| really)?|\bcould (it|that) be|\bmaybe|\bbad|\bjust|"
    r"\bcheap|\bcrappy|\bcrap)\b[^?.!,]{0,30}?\b(?P<src>room|recording|mic placement|mic|mike|preamp|interface|"
    r"laptop|phone|car|headphones|earbuds|airpods|monitors|speakers|cans)\b"
    r"[^?.!]{0,25}(\?|$)",
    re.IGNORECASE,
)
"""The recording side blamed alone, asked yes or no ("is that just the room it was recorded in?", "bad mic
placement?", "is it just my cheap mic?"): the meters answer for the mix side only."""


def _on(device: str, which: str = "") -> str:
    """ "in the car", "on the same headphones": where a song is played on that speaker."""
    where = "in" if device in ("car", "car stereo", "room") else "on"
    return f"{where} the {which + ' ' if which else ''}{device}"


def source_or_mix(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` replaced by the side measured when the question offers the recording or the mix as the cause of
    one part's sound; ``ans`` otherwise."""
    intent = focus.intent
    if ctx.analysis is None or intent.wants not in (Wants.JUDGE, Wants.WHY):
        return ans
    arranged = ARRANGED_OR_MIX.search(intent.question) is not None
    device_m = DEVICE_OR_MIX.search(intent.question)
    device = (device_m.group("after") or device_m.group("before")).lower() if device_m else ""
    if not device and ME_OR_MIX.search(intent.question):
        device = "speakers"  # "a me problem or a mix problem?": what the listener plays it on
    blamed = SOURCE_BLAMED.search(intent.question) if " or " not in intent.question else None
    src = blamed["src"].lower() if blamed is not None else ""
    if src and not device and re.fullmatch(DEVICE_WORDS, src) and not re.fullmatch(SOURCE_WORDS, src):
        device = src  # "is that just the laptop?": the speaker blamed alone (a room is where it was recorded)
    if not arranged and not device and not blamed and not SOURCE_OR_MIX.search(intent.question):
        return ans
    asked = [a for a in focus.asked if a.tracks]
    if not asked and not blamed:
        return _whole_mix(ans, arranged, device, EXPLAIN_WORDS if intent.explain else MAX_WORDS)
    if len(asked) != 1:
        return ans
    part = asked[0].tracks[0]
    fault = level_fault(ctx, focus)  # the one part asked: its level fault, if any
    limit = EXPLAIN_WORDS if intent.explain else MAX_WORDS
    if fault is not None:
        move = recipe(fault, focus.session)
        head = f"The mix, first: {lower_first(first_sentence(fault.summary))}"
        if blamed:  # "is that just the room?": not that, the mix's fault first
            head = f"Not the {blamed['src'].lower()}, first the mix: {lower_first(first_sentence(fault.summary))}"
        after = (
            "Set the fader, then listen again; if it still sounds wrong at the right level, solo the raw track: "
            "what's left is the recording."
        )
        if arranged:
            after = (
                "Set the fader, then listen again; if it still gets lost at the right level, look at what else plays "
                "in its range when it comes in: that's the arrangement."
            )
        if device:
            after = (
                f"Set the fader, then play it {_on(device)} again; if it still sounds wrong there, play a released "
                f"song you know {_on(device, 'same')}: if that does it too, it's the {device}."
            )
        return Answer(fit([head, move.try_text, after, move.check_text], limit, keep=3), [move], fault)
    meter = track_evidence(ctx, part).measured_level()
    head = f"Not the mix, as far as I can measure: nothing I measured says {part.quoted} is out of line"
    if blamed:  # "is it just my cheap mic?" with the part in place: it may well be
        head = f"Could be: nothing I measured in the mix says {part.quoted} is out of line"
    head += f" ({meter})." if meter else "."
    source = other_side(arranged, device, "the raw track")
    return Answer(fit([head, source], limit, keep=2))


def _whole_mix(ans: Answer, arranged: bool, device: str, limit: int) -> Answer:
    """ "Is it the arrangement or the mix?" with no part named: the mix when the answer leads with a fault it
    measured (its move kept), else the other side, with how to tell."""
    f = ans.first
    fault = f is not None and f.is_problem and not f.is_lean  # a lean is no fault: "at most", if heard
    if fault and ans.moves:
        return Answer(fit([f"The mix, first: {lower_first(without_opening(ans.text))}"], limit), ans.moves, f)
    if fault:
        return ans
    head = "Not the mix, as far as I can measure: nothing I measured in it is out of line."
    other = other_side(arranged, device, "each raw track")
    return Answer(fit([head, other], limit, keep=2))


def other_side(arranged: bool, device: str, solo: str, heard: str = "the mic") -> str:
    """Where to look when the mix measures fine: the arrangement, the speaker it plays on (``device``), else the
    recording (``heard``: what was blamed on it), told apart by soloing ``solo`` with its plug-ins bypassed. One
    wording for every route that clears the mix ("mic problem or mix problem?", "guitars fault or my mics?")."""
    if arranged:
        return (
            "So it's more likely the arrangement: check what else plays in its range at the same moments (same "
            "octave, same rhythm); moving one part up an octave or leaving a gap for it beats any EQ."
        )
    if device:
        return (
            f"So more likely the {device}: play a released song you know {_on(device, 'same')} at the same level; "
            f"if it does the same there, it's the {device}, not your mix."
        )
    return (
        f"I can't hear {heard} or the room, only the mix: solo {solo} with its plug-ins bypassed; if it sounds that "
        "way there, it's the recording (mic choice, placement, the room), and a retake beats any EQ."
    )
