"""A creative modulation effect asked about ("should i add a phaser to the mix?", "put a flanger on the vocal?",
"how do i use chorus on the guitars"): a taste choice, answered as one, with where engineers usually put it.

Why: these effects name no technique the advisor knows, so a yes/no about one fell to the part's level verdict
("It's fine: nothing I measured says 'Lead Vocal' is out of line") or to the mix's biggest lean, neither of which
says anything about the effect. An engineer says plainly that it fixes nothing (no measurement calls for it), that
it is a colour, where it usually goes and with what settings, and that on the whole mix it smears everything; a
measured fault is named first, since no effect covers it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from companion.context import MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe


@dataclass(frozen=True, slots=True)
class Effect:
    """One modulation effect: the words that name it, where it usually goes and how it is set."""

    name: str
    words: re.Pattern[str]
    usual: str
    noun: str = ""  # how the head names it ("a phaser", "pitch correction"); "a <name>" when empty

    @property
    def said(self) -> str:
        return self.noun or f"a {self.name}"


EFFECTS: tuple[Effect, ...] = (
    Effect(
        "phaser",
        re.compile(r"\bphasers?\b|\bphase shift(er|ing)\b", re.I),
        "It's usually on one part, not the mix: clean or funk guitar, a Rhodes or an electric piano, a synth pad; "
        "a slow rate (about 0.2-1 Hz) and the mix at 20-50%, so it sweeps rather than wobbles.",
    ),
    Effect(
        "flanger",
        re.compile(r"\bflangers?\b", re.I),
        "It's usually a moment, not a setting: a guitar riff, a drum fill or a vocal line thrown through it on a "
        "send or automation; a slow rate (about 0.1-0.5 Hz) and a short delay (1-10 ms), mix 20-40%.",
    ),
    Effect(
        "chorus",
        re.compile(
            r"\bchorus (effect|pedal|plug-?in|fx)\b|\b(add|adding|put|putting|use|using|try|trying|some|a) "
            r"(a |some |bit of |little )?chorus (on|to)\b|\bchorused\b",
            re.I,
        ),
        "It's usually on clean guitars, keys, pads or backing vocals to thicken them: rate about 0.5-1.5 Hz, "
        "depth low, mix 20-40%; on a bass only above ~200 Hz, and rarely on a lead vocal.",
    ),
    Effect(
        "distortion",
        re.compile(
            r"\b(add|adding|put|putting|use|using|try|trying|some|need|want)\b[\w ]{0,12}?\b(distortion|overdrive|fuzz)\b",
            re.I,
        ),
        "On a vocal or a drum bus it's usually on a parallel send, blended in 10-30% under the clean sound, with a "
        "high-pass at ~150 Hz before it so the low end stays clean.",
        "distortion",
    ),
    Effect(
        "pitch correction",
        re.compile(
            r"\bauto-?tune\b|\bmelodyne\b|\bpitch[- ]?correct\w*|\b(tune|tuning) (the|my) vox\b", re.I
        ),
        "I don't measure pitch, so I can't say whether notes are off. Used gently (ReaTune or Melodyne, a slow "
        "retune speed, about 20-50 ms) it tightens stray notes; fast (0-5 ms) it's the robotic effect.",
        "pitch correction",
    ),
    Effect(
        "double",
        re.compile(
            r"\bdouble[- ]?(track|tracking|tracked)?\b(?! (the|my) (level|volume|gain))|\bdoubling\b|\bdoubles\b|"
            r"\bADT\b",
            re.I,
        ),
        "A real second take works best: keep it 6-10 dB under the lead, centred or split left and right, or "
        "a short chorus or 10-20 ms delay if there's no second take.",
        "a double",
    ),
    Effect(
        "telephone effect",
        re.compile(
            # not "on my phone speaker": a phone as where the mix is heard is no effect asked for
            # nor "sounds like a phone demo": the mix said to sound small, a complaint, not an effect wished
            r"\btelephone\b(?! speakers?)|\bphone (effect|sound|vocal|voice|filter|eq)\b|\b(through|thru) a "
            r"(tele)?phone\b|(?<!sounds )(?<!sound )(?<!feels )(?<!seems )(?<!sounding )\blike a (tele)?phone\b"
            r"(?! (demo|recording|memo|speaker|mic|video|call)s?\b)|\b(make|making|want|wanna|get|turn)\b[^?.]{0,40}"
            r"\blike a (tele)?phone\b|\bphone-?y\b|\bmegaphone\b|\bwalkie[- ]talkie\b",
            re.I,
        ),
        "It's a band-pass: high-pass at about 300-500 Hz and low-pass at about 3-4 kHz (ReaEQ, steep slopes), a "
        "bell of +3-6 dB around 1-2 kHz, and a little saturation; keep it for a line or a section so it stands out.",
    ),
    Effect(
        "rotary speaker",
        re.compile(
            r"\bleslie[- ]?(ish|like|y|sound\w*|sim\w*|effect|speaker|cab\w*|vibe|style|thing|swirl\w*|spin\w*|"
            r"whirl\w*|wobble|warble)\b|"
            r"\b(a|some|the) leslie (on|to)\b|\b(like a|spinning|spinny|rotating|fast|slow|swirl\w*) leslie\b|"
            r"\brotary( speaker| sim\w*| effect| cab\w*)?\b|\brotating speaker\b",
            re.I,
        ),
        "It's usually on an organ or a Rhodes: a rotary-speaker plug-in, slow (chorale, the horn about 0.8 Hz) for "
        "verses and pads, fast (tremolo, about 6-7 Hz) for builds, with its drive up a little for a vintage grit; "
        "high-pass the part at ~100-150 Hz and ease "
        "it a little around 300 Hz so it stays out of the bass's way and doesn't go to mush.",
    ),
    Effect(
        "tremolo",
        re.compile(r"\btremolo\b|\bauto-?pan(ner)?\b", re.I),
        "It's usually on a guitar, a Rhodes or a pad, synced to the song (a quarter or an eighth note), depth "
        "30-60%, so the pulse sits with the groove; the stereo wobble of old Rhodes records is an auto-pan, the two "
        "sides rising and falling in turn.",
    ),
)
"""The effects, tried in order."""
PART_DOUBLE = (
    "On a part like this the big sound is a real second take (played again, not copied) panned hard left and right "
    "at the same level; faked (a copy delayed 10-30 ms, or a short chorus on one side) it gets close but thins out "
    "in mono, so check it there."
)
"""A double of an instrument ("double track the rhythm gtrs or fake it?"): two takes at equal level, hard left and
right, not a vocal double tucked under its lead."""
SUNG = re.compile(r"vocal|vox|voice|harmon|singer|choir|backing", re.IGNORECASE)
"""Instrument words for a sung part, whose double sits under the lead."""
DONE_DOUBLE = re.compile(r"\b(double|doubled)[- ]tracked\b", re.IGNORECASE)
"""Parts already recorded twice ("a pair of double tracked rhythm gtrs"): a description, not a double proposed."""
DOUBLE_BASS = re.compile(r"\bdouble[- ]?bass(es)?\b", re.IGNORECASE)
"""The instrument (an upright bass), whose name holds the word "double"."""
LEVEL_WORDS = re.compile(r"\b(level|volume|gain|loud\w*|quiet\w*|fader|db)\b", re.IGNORECASE)
"""Level words: "double" beside them is an amount, not a second take."""
FAKE_DOUBLE = re.compile(
    r"\bfak(e|ed|ing)\b|\b(without|no|w/?o) (an? )?(actual |real |proper )?(second|2nd|other) take\b|\bADT\b|"
    r"\bdetun\w*|\bdelay time\b",
    re.IGNORECASE,
)
"""A double faked from the one take ("fake a double ... what delay time n how much detune"): the copy's settings."""
FAKE_VOCAL_DOUBLE = (
    "To fake one: copy the vocal to a new track, delay the copy 15-30 ms (ReaDelay, or slide the item), detune it "
    "5-10 cents (ReaPitch; one copy up and one down if you make two, panned apart), and tuck it 6-10 dB under the "
    "lead. A real second take still sounds bigger; check the fake in mono, where a copy this close can thin out."
)
"""A vocal double faked from the one take: delay, detune, level, the numbers asked for."""
WORRY = re.compile(
    r"\bwithout\b[^?.,]{0,30}\b(getting|going|turning|sounding|becoming|making)\b|\bbut (not|without|don't want)\b",
    re.IGNORECASE,
)
"""A side effect feared, not a fault heard ("a tremolo without the low end getting boomy"): said with the effect."""
WORRY_NOTES = {
    "boomy": "To keep the low end from blooming as it pulses, high-pass the part at about 100-150 Hz (ReaEQ) so "
    "the bass keeps that range.",
    "muddy": "To keep it out of the mud, high-pass the part at about 100-150 Hz and ease it 2-3 dB around 300 Hz.",
    "harsh": "To keep it from getting harsh, ease the part 2-3 dB around 3 kHz (Q ~2) if the effect brings the "
    "upper mids forward.",
    "thin": "To keep it full, leave its low end alone and keep the depth moderate so the part doesn't dip away.",
}
"""A fear beside an effect, answered with the move that keeps it away."""
HEAD = "That's a taste choice, not a fix: nothing I measured calls for {name}."
MIX_NOTE = "On the whole mix it smears everything and can thin out in mono; put it on one part, on a send if you like."
CHECK = (
    "Check: bypass it at matched level; keep it only if the part sounds more interesting, not just different."
)


def effect_of(question: str) -> Effect | None:
    """The modulation effect ``question`` names, or None."""
    said = DOUBLE_BASS.sub("upright", question)  # "double bass sitting right?": the instrument, not a double
    return next((e for e in EFFECTS if e.words.search(said)), None)


def in_effect_name(said: str, question: str) -> bool:
    """True when ``said`` is part of an effect's name in ``question`` ("leslie" in "a leslie sim"), so it names no
    instrument missing from the session."""
    spans = (m.group(0).lower() for e in EFFECTS if (m := e.words.search(question)))
    return any(said.lower() in span for span in spans)


def creative_fx(ctx: MixContext, focus: Focus) -> Answer | None:
    """The effect as a taste choice on this session, a measured fault first; None when none is asked about."""
    intent = focus.intent
    effect = effect_of(intent.question)
    missing = [a for a in focus.missing if not in_effect_name(a.said or a.word, intent.question)]
    faked = effect is not None and effect.name == "double" and FAKE_DOUBLE.search(intent.question) is not None
    wants = (Wants.JUDGE, Wants.HOW_TO, Wants.WHAT_FIRST, *((Wants.HOW_MUCH,) if faked else ()))
    if effect is None or intent.wants not in wants or missing:
        return None  # "should i double the guitars?" with none in the session: the route says there are none
    # a complaint beside it is its own question ("it's muddy, should i add a chorus?"), but the effect's own word
    # read as one ("add distortion" as clipping) is not
    worry = WORRY_NOTES.get(intent.complaint or "") if WORRY.search(intent.question) else None
    if worry is None and intent.complaint not in (
        None,
        "narrow",
        *(("clipping",) if effect.name == "distortion" else ()),
    ):
        return None
    if intent.technique == "widening" and intent.wants == Wants.HOW_TO:
        return None  # "how do i make the rhodes wider? chorus plugin, panning?": width is the goal, the effect a way
    if effect.name == "double" and intent.technique == "panning" and DONE_DOUBLE.search(intent.question):
        # "how would u pan a pair of double tracked gtrs": the takes exist, their panning is asked
        return None
    if effect.name == "double" and LEVEL_WORDS.search(intent.question):
        return None  # "double the bass level": a fader move, not a doubled part
    fault = next((f for f in ctx.problems if not f.is_lean), None)
    names = {rt.name for a in focus.asked for rt in a.tracks}
    on_part = fault is not None and bool(names & {fault.track, fault.evidence.get("other_track")})
    if on_part and intent.wants == Wants.JUDGE:
        return None  # "should i double the keys?" with the keys 10 dB low: the route's "Not first:" and its fader
    usual = effect.usual
    if effect.name == "double" and intent.instruments and not any(SUNG.search(i) for i in intent.instruments):
        usual = PART_DOUBLE  # "double track the guitars?": two equal takes spread wide, not a vocal's double
    if faked and usual is effect.usual:
        # "how do i fake a double ... what delay time n how much detune": the settings of the copy
        usual = FAKE_VOCAL_DOUBLE
    parts = [HEAD.format(name=effect.said), usual, *((worry,) if worry else ())]
    if not intent.instruments:
        parts.append(MIX_NOTE)
        if intent.wants == Wants.JUDGE:  # "should i add a phaser to the mix?": not on the mix, said first
            parts[0] = (
                f"I wouldn't on the whole mix: nothing I measured calls for {effect.said}; it's a taste choice."
            )
    moves = []
    if fault is not None:  # no effect covers a measured fault: it comes first
        move = recipe(fault, focus.session)
        first = f"Fix this first: {lower_first(first_sentence(fault.summary))}"
        # "how do i get a leslie swirl on the organ?" with the organ 10 dB low: its own move said, not just a card
        parts.insert(1, f"{first} {move.try_text}" if on_part else first)
        moves = [move]
    elif intent.wants != Wants.JUDGE:
        parts[0] = f"Nothing I measured calls for {effect.said}: it's a colour, not a fix."
    return Answer(fit([*parts, CHECK], MAX_WORDS, keep=len(parts)), moves, fault)
