"""The genre families the tonal references are kept for, and which user genre names map onto each.

Our calibration corpus (soundtracks from Debian's game packages) carries no genre tags and no vocals, so the
families follow what Elowsson & Friberg (AES 142, 2017) found separates genres' long-term spectra: the amount
of percussion. The corpus is split at the median percussive share of its tuning part (HPSS,
``companion.listening.percussion``) into ``percussive`` (drum-driven: electronic, game rock, chiptune with
beats) and ``sparse`` (little or no percussion: orchestral, ambient, solo instruments). What the corpus cannot
represent -- vocal-led popular music (pop, rock with a singer, hip-hop, R&B...) -- gets ``popular``: the
published mean spectrum of 12,345 popular tracks (Elowsson & Friberg) as its centre, with the published
song-to-song spreads where there are any and the percussive family's elsewhere. ``all`` is what a mix is compared with when no genre is given: the
broad range every family allows, so no family that would hide a problem is ever picked for the user.

Written into the data file by ``companion.listening.calibrate``; read from there at analysis time.
"""

from __future__ import annotations

DEFAULT_FAMILY = "all"

FAMILIES: dict[str, dict[str, str]] = {
    "all": {
        "description": "no genre given: the broad range of every family below (real mixes of both corpus "
        "families plus the published popular-music spectrum)",
        "words": "{tracks} real mixes we measured (every family, as no genre was given)",
    },
    "percussive": {
        "description": "drum-driven mixes: the corpus tracks at or above the median percussive share "
        "(electronic, game rock, chiptune with beats)",
        "words": "{tracks} real drum-driven mixes we measured",
    },
    "sparse": {
        "description": "mixes with little or no percussion: the corpus tracks below the median percussive "
        "share (orchestral, ambient, solo and acoustic instruments)",
        "words": "{tracks} real low-percussion mixes we measured (orchestral, ambient, acoustic)",
    },
    "popular": {
        "description": "vocal-led popular music, which the corpus cannot represent: centred on the published "
        "mean spectrum of 12,345 popular tracks (Elowsson & Friberg 2017), with the published song-to-song "
        "spread of the tilt and of the 2.5-12.5 kHz level, and the percussive family's spread elsewhere",
        "words": "popular music (published data on 12,345 tracks, and {tracks} real drum-driven mixes we "
        "measured)",
    },
}

_POPULAR = (
    "pop rock pop-rock pop_rock indie alternative country funk soul metal punk blues grunge disco k-pop j-pop "
    "hard-rock indie-rock pop-punk emo rockabilly gospel latin reggae ska motown britpop shoegaze post-rock "
    "prog ballad pop-ballad hiphop hip-hop rap trap rnb r&b grime drill reggaeton dancehall lofi lo-fi phonk "
    "afrobeats"
)
_PERCUSSIVE = (
    "electronic edm house techno dubstep dnb drum-and-bass trance garage dance electro future-bass "
    "synthwave chiptune breakbeat"
)
_SPARSE = (
    "acoustic folk jazz classical singer-songwriter bluegrass orchestral chamber piano choir ambient "
    "americana bossa-nova world cinematic soundtrack"
)
GENRES: dict[str, str] = {
    **{name: "popular" for name in _POPULAR.split()},
    **{name: "percussive" for name in _PERCUSSIVE.split()},
    **{name: "sparse" for name in _SPARSE.split()},
}
"""Every genre name ``--genre`` accepted before the real-music references (and a few more), with its family.
The old family names stay accepted too: pop_rock, pop, rock and hiphop -> popular, electronic -> percussive,
acoustic -> sparse."""
