"""One instrument or its relative: a cello is not a fiddle, though both are strings; a violin is a fiddle.

The role vocabulary (``companion.knowledge.roles``) files a cello, a violin and a fiddle alike under "strings", a sax
and a trumpet under "horns", an upright and an 808 under "bass", so "is the cello too loud?" resolves to 'Fiddle'.
This table names the single instruments inside those roles, each with the words that mean that same instrument
(synonyms, abbreviations players write on tracks), so an answer can tell "the violin" on 'Fiddle' (the same
instrument: no note) from "the cello" on 'Fiddle' (a relative standing in: the answer says there is no cello).
A family word ("the strings", "the horns", "the keys", "the bass") or a track named by its family ('Strings',
'Horns', 'Keys', 'Bass') names no single instrument, so it never makes a stand-in.
"""

from __future__ import annotations

import re

INSTRUMENTS: dict[str, str] = {
    # strings
    "violin": r"violins?|fiddles?|vlns?",
    "viola": r"violas?|vla",
    "cello": r"cellos?|violoncellos?|vlc",
    "harp": r"harps?",
    # horns and winds
    "trumpet": r"trumpets?|tpts?|trps?|cornets?",
    "trombone": r"trombones?|tbns?",
    "sax": r"sax|saxes|saxophones?|tenor sax|alto sax|bari sax",
    "flute": r"flutes?",
    "clarinet": r"clarinets?",
    "tuba": r"tubas?",
    "oboe": r"oboes?",
    "bassoon": r"bassoons?",
    "flugelhorn": r"flugel|flugelhorns?",
    # basses (before the synths: 'Synth Bass' is a bass): an upright is not an 808
    "upright bass": r"upright( bass)?|double bass|contrabass|acoustic bass|string bass",
    "808": r"808s?|sub ?bass|synth ?bass|(low|bass|sub) synths?|reese( bass)?",
    # keys: a piano, an organ, a synth and an electric piano are each their own sound
    # the electric pianos first ('e-piano' is no piano): one sound; a clavinet, an accordion are not
    "electric piano": r"rhodes|wurli\w*|wurly|e-?pianos?|electric pianos?|ep",
    "piano": r"pianos?|pno|grand piano",
    "organ": r"organs?|hammond|b3|farfisa",
    "synth": r"synths?|pads?|plucks?|plucky|arps?|moog|juno|supersaw",
    "clavinet": r"clavs?|clavinets?",
    "accordion": r"accordions?|accordian",
    "mellotron": r"mellotrons?",
    # plucked acoustic strings (after the keys and basses: 'Acoustic Piano', 'Acoustic Bass' are neither): a banjo
    # asked about on 'Acoustic Gtr' is a relative standing in, as a cello on 'Fiddle' is
    "banjo": r"banjos?",
    "mandolin": r"mandolins?|mandos?",
    "ukulele": r"ukuleles?|ukes?",
    "acoustic guitar": r"acoustic( guitars?| gtrs?)?|acoustics|ac gtrs?|acgtrs?|agtrs?",
}  # fmt: skip

_PATTERNS = {kind: re.compile(rf"\b({words})\b", re.IGNORECASE) for kind, words in INSTRUMENTS.items()}


def instrument_kind(text: str) -> str | None:
    """The single instrument ``text`` names ("the fiddle" -> "violin", 'Vlc 2' -> "cello"), or None for a family
    word or a name that says no single instrument ("strings", 'Horns', 'Keys')."""
    spaced = re.sub(r"[_.]+", " ", text or "")
    return next((kind for kind, p in _PATTERNS.items() if p.search(spaced)), None)


_SHORTHAND = re.compile(r"(vl[nac]|tpt|trp|tbn|pno|e-?piano|ep)s?", re.IGNORECASE)
"""Abbreviations players write on track names, never say: an answer names the instrument ("no cello", not "no vlc")."""


def spoken_name(word: str) -> str:
    """The instrument's name for a track-name shorthand ("vlc" -> "cello", "tpt" -> "trumpet"), else ``word``."""
    kind = instrument_kind(word) if _SHORTHAND.fullmatch(word.strip()) else None
    return kind or word


def relative_not_same(said: str, track_names: tuple[str, ...]) -> bool:
    """True when ``said`` names one instrument and every track it resolved to names a different one ("the cello"
    on 'Fiddle'); False when a track is that instrument ("the violin" on 'Fiddle') or names only its family
    ('Strings' may well hold the cello)."""
    asked = instrument_kind(said)
    if asked is None or not track_names:
        return False
    kinds = [instrument_kind(name) for name in track_names]
    return all(kind is not None and kind != asked for kind in kinds)
