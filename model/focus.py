"""Which of the user's tracks a question means: "the kick" is the track named Kick, or the kick inside 'Drums',
or not in this session at all.

An instrument word is resolved against the session's track names first (the user named them), then by the
role guessed from the name (``companion.knowledge.roles``), then by family (a kick asked about in a session
whose only drum track is 'Drums' lives inside that track). A word that matches nothing is reported as missing,
so the answer can say so and name what is there instead of answering about something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from companion.context import Topic
from companion.knowledge.roles import ROLE_TOPICS, instrument_role
from model.instrument_kin import relative_not_same
from model.intent import Intent, IntentKind, NameWords, instrument_words, means_something
from model.intent_spelling import normalise
from model.intent_words import ADD_DET, ADD_VERBS
from model.session_view import RoleTrack, SessionView

# words that name a whole family of roles (every role of that MixAssist topic), and the lead vocal
FAMILY_TOPICS: dict[str, Topic] = {"drums": Topic.DRUMS, "guitar": Topic.GUITARS, "keys": Topic.KEYS}


# words that name several drum pieces: the hi-hat is a cymbal too, and so are the overheads' ride and crash
PIECE_FAMILIES: dict[str, tuple[str, ...]] = {"cymbals": ("overheads", "hihat")}
ONE_CYMBAL = re.compile(
    r"^(the |my |your |that |this )?(ride|crash|splash|china)( cymbal)?s?$", re.IGNORECASE
)
"""One cymbal named ("the ride", "crash cymbal"): it plays in the overheads; with only a hi-hat track, the hi-hat
stands in for it, and the answer says so."""


def family_roles(word: str) -> tuple[str, ...]:
    """The roles a family word covers ("keys": keys, piano, organ, synth...), from the knowledge's own table."""
    if word == "vocal":
        return ("lead_vocal",)
    if word in PIECE_FAMILIES:
        return PIECE_FAMILIES[word]
    if word == "chords":  # the harmony parts: every keys and guitar role
        return tuple(r for r, t in ROLE_TOPICS.items() if t in (Topic.KEYS, Topic.GUITARS))
    topic = FAMILY_TOPICS.get(word)
    return tuple(r for r, t in ROLE_TOPICS.items() if t is topic) if topic is not None else ()


VOCAL_ROLES = ("lead_vocal", "backing_vocal")
"""What "the vocals" (plural) covers: the lead and every harmony or backing voice; "the vocal" is the lead."""
SYNTH_ROLES = ("synth", "pad")
DRUM_PIECES = ("kick", "snare", "hihat", "toms", "overheads", "room", "percussion")
HAND_PERCUSSION = ("percussion",)  # played alongside a kit, never standing in for one
VAGUE_ROLES = ("other", "fx_return", "bus", None)  # say nothing about the instrument: match by name only
_PAIR_SUFFIX = re.compile(r"[\s_.-]*(l|r|left|right|1|2|3|4|a|b|dbl|double|hi|lo)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Asked:
    """One instrument the question names, and what it means in this session.

    ``how``: "name" (a track is called that), "role" (a track of that kind: 'Rhodes' for the keys),
    "inside" (no track of its own; it plays inside ``inside``, e.g. the kick inside 'Drums'), "missing"
    (not in the session), "no_session" (no snapshot to look in).
    """

    word: str
    said: str
    tracks: tuple[RoleTrack, ...]
    how: str
    inside: RoleTrack | None = None
    stand_in: bool = False  # not here: ``tracks`` are the same family playing its part

    @property
    def found(self) -> bool:
        return bool(self.tracks) or self.inside is not None


@dataclass(frozen=True, slots=True)
class Focus:
    """A question's intent resolved against the session."""

    intent: Intent
    asked: tuple[Asked, ...]
    session: SessionView

    @property
    def tracks(self) -> tuple[RoleTrack, ...]:
        """The tracks asked about (a stem that carries an instrument counts), without repeats."""
        seen: dict[str, RoleTrack] = {}
        for a in self.asked:
            for rt in (*a.tracks, *((a.inside,) if a.inside else ())):
                seen.setdefault(rt.track.guid or rt.name, rt)
        return tuple(seen.values())

    @property
    def missing(self) -> tuple[Asked, ...]:
        return tuple(a for a in self.asked if a.how == "missing")

    @property
    def ambiguous(self) -> bool:
        return self.intent.kind == IntentKind.AMBIGUOUS

    @property
    def topic(self) -> Topic:
        return self.intent.topic


def _tokens(name: str) -> list[str]:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])", " ", name)
    return [_stem(t) for t in re.split(r"[^a-z0-9]+", spaced.lower()) if t]


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _word_role(word: str) -> str | None:
    role = instrument_role(word)
    return None if role in VAGUE_ROLES else role


def _name_matches(words: tuple[str, ...], rt: RoleTrack) -> bool:
    tokens = _tokens(rt.name)
    joined = " ".join(tokens)
    for w in words:
        parts = [_stem(p) for p in re.split(r"[^a-z0-9]+", w.lower()) if p and p not in ("the", "my")]
        if parts and " ".join(parts) in joined and all(p in tokens for p in parts):
            return True
    return False


def is_pair(tracks: tuple[RoleTrack, ...]) -> bool:
    """'Gtr L' and 'Gtr R' (or 'Vox 1', 'Vox 2') are one part played twice, not two choices."""
    stems = {_PAIR_SUFFIX.sub("", rt.name.strip()).lower() for rt in tracks}
    return len(stems) == 1


# words in track names that say nothing about which part it is (or say too many things to be a handle)
GENERIC_NAME_WORDS = frozenset((
    "the", "and", "for", "with", "lead", "main", "track", "bus", "group", "stem", "mix", "master", "fx", "aux",
    "return", "send", "dry", "wet", "left", "right", "top", "bottom", "high", "low", "mid", "close", "far",
    "one", "two", "new", "old", "copy", "take", "comp", "dbl", "double", "audio", "midi", "inst", "print",
    "solo", "all", "big", "small", "clean", "dirty", "wide", "mono", "stereo"
))  # fmt: skip


def name_words(session: SessionView) -> NameWords:
    """Handles for the session's tracks whose names use a word the instrument vocabulary does not know:
    'Upright Bass' -> "upright", 'Clap' -> "clap", 'Fiddle' -> "fiddle", each naming exactly one playing track,
    so "should I compress the upright?" is about that track. The whole name is matched first ("upright bass"),
    and a name the vocabulary would split into two instruments ('Synth Bass') is a handle of its own."""
    playing = [rt for rt in session.tracks if not rt.track.mute] if session else []
    owners: dict[str, list[RoleTrack]] = {}
    for rt in playing:
        for token in dict.fromkeys(_tokens(rt.name)):
            owners.setdefault(token, []).append(rt)
    out = []
    for rt in playing:  # 'Synth Bass' is one track, not a synth and a bass: its whole name first
        tokens = [t for t in re.split(r"[^a-z0-9]+", rt.name.lower()) if t]
        if len(set(instrument_words(rt.name))) >= 2:
            whole = r"\s*".join(re.escape(t) for t in tokens)
            out.append((" ".join(tokens), rf"\b{whole}\b", ROLE_TOPICS.get(rt.role or "", Topic.OVERALL_MIX)))
    for token, rts in owners.items():
        if len(rts) != 1 or len(token) < 3 or token.isdigit() or token in GENERIC_NAME_WORDS:
            continue
        if means_something(token) or means_something(token + "s"):
            continue
        rt = rts[0]
        whole = r"\s*".join(re.escape(t) for t in re.split(r"[^a-z0-9]+", rt.name.lower()) if t)
        # the name as the question reads once its spelling is normalised ('Backing Vox' -> "backing vocal"), so
        # "should the backing vox be wider?" is that one track, not 'Backing Vox' and the lead "vocal"
        spelled = normalise(" ".join(re.split(r"[^a-z0-9]+", rt.name.lower())).strip()).split()
        said = r"\s*".join(re.escape(t) for t in spelled)
        # "the backing vocals": the name's plural too, not 'Backing Vox' and a lead "vocals" beside it
        pattern = rf"\b{whole}s?\b|\b{said}s?\b|\b{re.escape(token)}s?\b"
        topic = ROLE_TOPICS.get(rt.role or "", Topic.OVERALL_MIX)
        out.append((token, pattern, topic))
    return tuple(out)


def resolve_word(word: str, said: str, session: SessionView) -> Asked:
    """What ``word`` (canonical, e.g. "kick") means among the session's playing tracks."""
    if not session:
        return Asked(word, said, (), "no_session")
    playing = [rt for rt in session.tracks if not rt.track.mute]
    role = _word_role(word) or _word_role(said)
    family = family_roles(word) or ((role,) if role else ())
    by_name = [rt for rt in playing if _name_matches((word, said), rt)]
    # "the vocals": every voice, the harmonies too; "the vocal" in a session with no lead: the voices it has
    if word == "vocal" and (said.lower() == "vocals" or not any(rt.role == "lead_vocal" for rt in playing)):
        family = VOCAL_ROLES
    if (word in FAMILY_TOPICS or family == VOCAL_ROLES) and len(family) > 1:  # "the drums": every drum track
        members = [rt for rt in playing if rt.role in family or rt in by_name]
        if word == "drums" and members and all(rt.role in HAND_PERCUSSION for rt in members):
            return Asked(
                word, said, (), "missing"
            )  # a shaker alone is not a drum kit: "the drums" are not there
        if members:
            return Asked(word, said, tuple(members), "role")
    if by_name:
        same_role = [rt for rt in by_name if rt.role in family or rt.role == role]
        if role == "synth" and _stem(said.split()[-1] if said.split() else "") != (said.split() or [""])[-1]:
            # "the synths": a plural names every synth part, the pad too, not only the track called 'Synth' ("the
            # pads" are the pads, never the pluck)
            same_role += [rt for rt in playing if rt.role in SYNTH_ROLES and rt not in same_role]
        return Asked(word, said, tuple(same_role or by_name), "name")
    by_role = [rt for role_name in family for rt in playing if rt.role == role_name]
    if by_role:
        # "is the ride too loud?" with only 'Hats': no overheads to carry it, the hi-hat stands in
        alone = ONE_CYMBAL.match(said.strip()) is not None and all(rt.role == "hihat" for rt in by_role)
        return Asked(word, said, tuple(by_role), "role", stand_in=alone)
    if role is not None and ROLE_TOPICS.get(role) in (Topic.KEYS, Topic.GUITARS):
        kin = same_family_tracks(word, session)  # no piano, but the Rhodes plays the keys part
        if role in SYNTH_ROLES:  # a piano does not play the synth part: synths stand in only for each other
            kin = [rt for rt in kin if rt.role in SYNTH_ROLES]
        if kin:
            return Asked(word, said, tuple(kin), "role", stand_in=True)
    if role in DRUM_PIECES or word in DRUM_PIECES or word in PIECE_FAMILIES:
        bus = [rt for rt in playing if rt.role == "drum_bus"]
        if bus:
            return Asked(word, said, (), "inside", inside=bus[0])
    return Asked(word, said, (), "missing")


GUITAR_KINDS = {"electric": "electric_guitar", "acoustic": "acoustic_guitar"}
"""An electric is not an acoustic: a guitar of the kind named, when none is here, is answered through the other."""


def _other_kind(question: str, asked: Asked) -> Asked:
    """``asked`` marked as a stand-in when the question names a kind of guitar ("the electric guitar", "the
    electrics") that none of its tracks is (only 'Acoustic Gtr' here)."""
    if not asked.tracks or asked.stand_in or "guitar" not in asked.word:
        return asked
    kinds = [
        role
        for w, role in GUITAR_KINDS.items()
        if re.search(rf"\b{w}s?\b(?=\s+(guitars?|gtrs?)\b|\s*[?,.!]|\s*$)|\b(the|my) {w}s?\b", question, re.I)
    ]
    if kinds and not any(rt.role in kinds for rt in asked.tracks):
        return replace(asked, stand_in=True, said=f"{kinds[0].replace('_', ' ')}")
    return asked


def _relative(asked: Asked) -> Asked:
    """``asked`` marked as a stand-in when the user named one instrument and its tracks are a relative of the
    same role, not that instrument ("the cello" answered on 'Fiddle'; "the violin" on 'Fiddle' is no stand-in)."""
    if asked.stand_in or not asked.tracks:
        return asked
    said = asked.said or asked.word
    if not relative_not_same(said, tuple(rt.name for rt in asked.tracks)):
        return asked
    return replace(asked, stand_in=True)


def _relative_beside(question: str, asked: Asked) -> tuple[Asked, ...]:
    """A relative taken as a stand-in when the question names its track too ("does the cello sit ok under the
    fiddle" with only 'Fiddle'): the asker tells the two apart, so the instrument named is missing and the track
    is asked about on its own, never the one read as the other."""
    if not asked.stand_in or not asked.tracks:
        return (asked,)
    said = (asked.said or asked.word).lower()
    own = [
        t
        for rt in asked.tracks
        for t in re.split(r"[^a-z]+", rt.name.lower())
        if len(t) >= 3 and t not in said and re.search(rf"\b{re.escape(t)}s?\b", question, re.IGNORECASE)
    ]
    if not own:
        return (asked,)
    word = re.sub(r"^(the|my|those|these|that|this) ", "", said).strip() or asked.word
    if any(_kind_said(w, question) for w in (word, own[0])):
        # "the piano is barely there, or is that just how rhodes sound?": one part, its instrument named as a kind
        return (replace(asked, stand_in=False),)
    return (Asked(word, said, (), "missing"), replace(asked, said=own[0], stand_in=False))


def _beside(question: str, missing: Asked, found: list[Asked]) -> bool:
    """True when ``missing``'s word sits right beside a found part's word ("strings pad", "pad organ")."""
    gone = re.escape((missing.said or missing.word).lower().removeprefix("the "))
    if re.search(rf"\b({ADD_VERBS})\b( (in|on|up))?( {ADD_DET})?\s+{gone}\b", question, re.IGNORECASE):
        return False  # "stack a synth sub under the bass": a new part proposed, not the one there
    for a in found:
        here = re.escape((a.said or a.word).lower().removeprefix("the "))
        if here and gone and re.search(rf"\b{gone}\s+{here}\b|\b{here}\s+{gone}\b", question, re.IGNORECASE):
            return True
    return False


def _kind_said(word: str, question: str) -> bool:
    """Whether ``word`` is said as a kind of instrument, not a part ("is that just how rhodes sound", "pianos always
    sound like that"): the asker then names one part two ways."""
    w = re.escape(word)
    return bool(
        re.search(
            rf"\bhow (a |an |the )?{w}s? (sounds?|is|are)\b|\b{w}s? (just |always |usually |normally )(sounds?|are|is)\b|"
            rf"\b(a|any) {w} (thing|sound)\b",
            question,
            re.IGNORECASE,
        )
    )


MAIN_VOICE = re.compile(r"\b(the|my) (main|lead|front)\b", re.I)
"""A word that narrows "the vocals" to the lead one ("is the main one too loud?", "is the lead too loud?")."""


def _lead_voice(asked: Asked) -> Asked:
    """``asked`` narrowed to its lead vocal tracks when it covers every voice."""
    lead = tuple(rt for rt in asked.tracks if rt.role == "lead_vocal")
    if asked.word != "vocal" or not lead or len(lead) == len(asked.tracks):
        return asked
    return replace(asked, tracks=lead)


def understand(intent: Intent, session: SessionView) -> Focus:
    """Resolve every instrument the question names against the session ("the left guitar": the left one)."""
    asked = tuple(
        resolve_word(word, said, session)
        for word, said in zip(intent.instruments, _pad(intent.mentions, len(intent.instruments)), strict=True)
    )
    asked = tuple(_other_kind(intent.question, a) for a in asked)
    asked = tuple(b for a in asked for b in _relative_beside(intent.question, _relative(a)))
    found = [a for a in asked if a.tracks]
    # "the strings pad is buried": a part the session lacks said right beside one it has is one part, named twice
    asked = tuple(a for a in asked if a.tracks or not _beside(intent.question, a, found))
    if MAIN_VOICE.search(intent.question):  # "the vocals, is the main one too loud?": the lead is asked about
        asked = tuple(_lead_voice(a) for a in asked)
    # "the left and right guitars": both sides named, so neither narrows the part
    both = re.search(r"\b(left|right) (and|&|n) (the )?(left|right)\b", intent.question, re.IGNORECASE)
    side = None if both else _SIDE.search(intent.question)
    on_part = _PART_SIDE.search(intent.question)
    if side and on_part and _MIX_SIDE.match(intent.question, side.start()):
        # "the left side feels kinda empty. is the right gtr set way louder?": the side of the part asked about,
        # not the side of the mix said beside it
        side = on_part
    letter = None if both else _SIDE_LETTER.search(intent.question)
    # "bumped gtr L up, is it matched with the right side?": the side said first is the one asked about, by
    # name-letter or by word
    if side and not (letter and letter.start() < side.start()):
        asked = tuple(_one_side(a, next(g for g in side.groups() if g).lower()) for a in asked)
    elif letter:
        asked = tuple(_one_side(a, letter.group(1).lower(), by_name_only=True) for a in asked)
    return Focus(intent, asked, session)


_ON_PART = (
    r"\b(left|right)(?=\s+(?:\w+\s+)?(?:guitars?|gtrs?|keys|keyboards?|pianos?|synths?|pads?|vocals?|vox|overheads?|"
    r"horns?|strings|acoustics?|doubles?|mics?|tracks?|parts?)\b)"
)
"""A side said right before a part's word ("the right gtr")."""
_SIDE = re.compile(
    # ("my right ear feels bare, is the left one louder?": the listener's ear, not a part's side)
    r"\b(?:the|my|on the|to the|panned|hard)\s+(left|right)\b(?!\s+ears?\b)|"
    r"\b(left|right)[- ](?:one|side|channel|speaker|hand)\b|" + _ON_PART,
    re.IGNORECASE,
)
"""A side named as a side ("the left guitar", "left gtr", "the right one", "panned right"), not "sit right?" or
"too loud, right?"; the first one said is the one asked about ("left guitar is louder than the right one")."""


_PART_SIDE = re.compile(_ON_PART, re.IGNORECASE)
"""``_ON_PART`` alone: the part's side, looked for past a side of the mix said first."""
_MIX_SIDE = re.compile(r"((the|my|on the|to the)\s+)?(left|right)[- ](side|channel|speaker)\b", re.IGNORECASE)
"""A side of the mix ("the left side"), not of one part."""


_SIDE_LETTER = re.compile(
    r"\b(?:guitar|gtr|geetar|key|keyboard|piano|synth|pad|vocal|vox|oh|overhead|horn|acoustic|double|dbl|bgv|bv|"
    r"mic|room|amb)[ _.-]?(l|r)\b(?!')",
    re.IGNORECASE,
)
""""is Gtr R harsh?", "gtr l too loud": the track's own name typed, its side a letter; a plural ("gtrs r too
loud") is texting's 'are', so only a singular part word takes the letter, and only a track named with it."""


def _one_side(asked: Asked, side: str, by_name_only: bool = False) -> Asked:
    """Of several tracks, the ones named or panned to ``side``; all of them when none is (``by_name_only``: a
    side said as a letter picks only a track whose name carries it)."""
    if len(asked.tracks) < 2:
        return asked
    letter = side[0]
    named = [rt for rt in asked.tracks if {letter, side} & set(_tokens(rt.name))]
    panned = [rt for rt in asked.tracks if (rt.track.pan < -0.05 if letter == "l" else rt.track.pan > 0.05)]
    keep = named if by_name_only else named or panned
    return replace(asked, tracks=tuple(keep)) if keep else asked


_TWO_SIDES = re.compile(r"\b(?P<a>left|right)\b[^,;.!?]{1,60}?\b(?P<b>left|right)\b", re.IGNORECASE)
"""Both sides named in one clause ("is the left guitar louder than the right?")."""


def side_pair(focus: Focus) -> tuple[Asked, Asked] | None:
    """The part asked about on the side said first and the same part on the other side ("the left guitar" and
    "the right" one), when one asked part has tracks on both; None otherwise. ``understand`` keeps only the side
    said first, since most questions ask about that one."""
    m = _TWO_SIDES.search(focus.intent.question)
    if m is None or m.group("a").lower() == m.group("b").lower() or not focus.session:
        return None
    for asked in focus.asked:
        whole = resolve_word(asked.word, asked.said, focus.session)
        first = _one_side(whole, m.group("a").lower())
        second = _one_side(whole, m.group("b").lower())
        names_a = {rt.name for rt in first.tracks}
        names_b = {rt.name for rt in second.tracks}
        if names_a and names_b and not names_a & names_b:
            return first, replace(second, said=f"{m.group('b').lower()} {asked.said}")
    return None


def _pad(items: tuple[str, ...], n: int) -> tuple[str, ...]:
    return tuple(items[:n]) + ("",) * max(0, n - len(items))


def same_family_tracks(word: str, session: SessionView) -> list[RoleTrack]:
    """Playing tracks of the same MixAssist topic as ``word`` ("guitar" -> none; "piano" -> 'Rhodes')."""
    role = _word_role(word)
    if role is None:
        return []
    topic = ROLE_TOPICS.get(role)
    return [
        rt for rt in session.tracks if not rt.track.mute and rt.role and ROLE_TOPICS.get(rt.role) is topic
    ]


def instead(
    session: SessionView, exclude_roles: tuple[str, ...] = ("drum_bus", "bass", "kick", "snare")
) -> list[RoleTrack]:
    """The session's playing tracks that could take the part asked about (melodic ones first)."""
    tracks = [rt for rt in session.tracks if not rt.track.mute]
    melodic = [rt for rt in tracks if rt.role not in (*DRUM_PIECES, *exclude_roles, "lead_vocal")]
    return melodic or tracks
