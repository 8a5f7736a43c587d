"""What a measured problem does to a listener, in one clause an engineer would say when asked "why does that
matter?": the bass masking the kick, a buried vocal making them strain for the words, a 3 kHz build-up tiring
the ear. ``model.why`` says why the move comes first (for the engineer); this says what the listener hears.

Keyed by finding kind and, for a part's level or a clash, by the part's role (``companion.knowledge.roles``),
with a general line for every other role, so any session gets an answer.
"""

from __future__ import annotations

from companion.context import Finding, FindingKind
from model.why import WHY

SUPPORT = ("electric_guitar", "acoustic_guitar", "keys", "piano", "organ", "synth", "pad", "strings", "horns")
"""Parts that accompany the lead vocal: too loud, they sit in the space the words need."""

TOO_LOUD: dict[str, str] = {
    "bass": "a bass that far up masks the kick and muddies the low end, and it eats the headroom the rest of "
    "the mix needs, so everything else ends up sounding smaller",
    "kick": "a kick that far up thumps over the groove and covers the bass, and it eats headroom, so the rest "
    "of the mix ends up sounding smaller",
    "snare": "a snare that far up cracks over the vocal on every backbeat, and that wears the ear out over a song",
    "hihat": "hats that far up put a bright tick over everything that the ear can't tune out: tiring over a "
    "whole song",
    "lead_vocal": "a vocal that far on top sounds pasted on, not part of the band, and the band behind it "
    "shrinks",
    "backing_vocal": "backing vocals that far up compete with the lead for the words",
    "percussion": "percussion that far up pulls the ear off the song onto a detail",
    "overheads": "cymbals that far up wash over everything and tire the ear",
}
TOO_LOUD_SUPPORT = "a part that far up sits in the space the vocal needs, so the words get harder to follow"
TOO_LOUD_ANY = "one part that far over pulls the ear to it and pushes everything else back"

TOO_QUIET: dict[str, str] = {
    "lead_vocal": "a listener follows the words first; a vocal that far down makes them strain for it, and "
    "they lose the song",
    "backing_vocal": "backing vocals that far down stop supporting the lead: the harmony they add is lost",
    "kick": "the kick carries the pulse; that far down the groove loses its drive and the low end goes soft",
    "snare": "the snare marks the backbeat; that far down the groove loses its snap",
    "bass": "the bass carries the weight and the root of every chord; that far down the mix sounds thin and "
    "the kick has nothing to lock with",
    "hihat": "the hats carry the groove's subdivision; that far down it loses its motion",
}
TOO_QUIET_ANY = "a part that far down is covered by the others, so what it adds to the arrangement is lost"

COVERED: dict[str, str] = {
    "lead_vocal": "the consonants that make words understandable live there; covered, the words blur and the "
    "listener strains to follow them",
    "kick": "the kick's punch lives there; covered, it loses its thump and kick and bass turn into one note",
    "bass": "the bass notes live there; covered, the low end loses its definition and the harmony its root",
    "snare": "the snare's body lives there; covered, the backbeat goes soft",
}
COVERED_ANY = "that is the covered part's own range; covered there, the ear hears one blur, not two parts"
COVERED_TAIL = "and turning the covered part up only makes everything louder, not clearer"

TONAL: dict[FindingKind, str] = {
    FindingKind.HARSH: "a build-up at 2-5 kHz sits where the ear is most sensitive: it sounds piercing at "
    "volume and tires the listener within a song",
    FindingKind.DULL: "without its top end a mix sounds far away, as if through a blanket, and the detail "
    "(consonants, cymbals) gets lost",
    FindingKind.MUDDY: "too much 250-500 Hz blurs the parts into each other: everything gets thicker but "
    "less clear, and it sounds boxy on small speakers",
    FindingKind.BOOMY: "too much low end booms on big speakers, blurs kick and bass into one note and eats "
    "the headroom the rest of the mix needs",
    FindingKind.THIN: "without its low end a mix sounds small and light on any system, with no weight under "
    "the kick and bass",
}


def listener_impact(f: Finding, covered_role: str | None = None) -> str:
    """What ``f`` does to the listener, one clause without a closing full stop ("a bass that far up masks the
    kick ..."); ``covered_role``: the role of the part a masking finding covers."""
    role = str(f.evidence.get("role") or "")
    if f.kind is FindingKind.TRACK_TOO_LOUD:
        return TOO_LOUD.get(role) or (TOO_LOUD_SUPPORT if role in SUPPORT else TOO_LOUD_ANY)
    if f.kind is FindingKind.TRACK_TOO_QUIET:
        return TOO_QUIET.get(role, TOO_QUIET_ANY)
    if f.kind is FindingKind.MASKING:
        return f"{COVERED.get(covered_role or '', COVERED_ANY)}, {COVERED_TAIL}"
    if f.kind in TONAL:
        return TONAL[f.kind]
    return WHY.get(f.kind, "").rstrip(".")
