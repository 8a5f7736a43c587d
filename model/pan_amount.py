"""How far a part is panned, judged against how far engineers panned that role in real mixes. "Are the hats panned
too far?" asks about the user's own pan, not whether to pan hats at all: the answer compares the track's pan with
the middle half of MixologyDB's pans for the role (|pan| of mono tracks, centred ones included) and says the
verdict in the question's terms, with the numbers."""

from __future__ import annotations

import re

from companion.knowledge.priors import priors_table, quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from model.phrasing import capital
from model.session_view import RoleTrack

_FAR = re.compile(
    r"\btoo (far|wide|hard|much|extreme)\b|\bover-?panned\b|\bpanned (way )?out too\b", re.IGNORECASE
)
_SIDE_SAID = re.compile(r"\btoo (?:far|much|hard) (?:over )?(?:to (?:the )?)?(left|right)\b", re.IGNORECASE)
"""The side a part is asked to be too far to ("too far left")."""
_NEAR = re.compile(r"\btoo (cent(er|re)d?|narrow|close|little|middle)\b", re.IGNORECASE)
_ENOUGH = re.compile(r"\b(far|wide|hard|out) enough\b|\benough (width|spread)\b", re.IGNORECASE)
""""Panned wide enough?" takes the opposite yes of "too centred?": a yes means the part is out far enough."""


def pan_amount_verdict(question: str, role: str | None, rt: RoleTrack | None) -> str | None:
    """ "No: 'Hats' panned 30% right sits inside what engineers did with hi-hats (...)." for a question about how
    far a part is panned; None when the question asks no amount, or the role has no quotable pan spread."""
    far, near, enough = (
        bool(_FAR.search(question)),
        bool(_NEAR.search(question)),
        bool(_ENOUGH.search(question)),
    )
    if rt is None or not (far or near or enough):
        return None
    side = _SIDE_SAID.search(question)
    off_centre = abs(rt.track.pan) >= 0.05  # a centred part is judged by its role's figures, not a side
    if far and side is not None and off_centre and (rt.track.pan < 0) != (side.group(1).lower() == "left"):
        # "is the fiddle too far left?" with it panned right: the side asked is not where it is
        return f"No: {rt.quoted} is {_where(rt)}, not {side.group(1).lower()}."
    sp = starting_points(role) if role is not None else None
    pan = sp.pan.abs_pan if sp is not None else None
    if sp is None or not quotable(pan) or pan is None or sp.n_tracks < 5:
        if far and side is not None and 0.05 <= abs(rt.track.pan) < 0.6:
            # "is the fiddle panned too far right?" at 40% right, with no figures for its kind: partway is no extreme
            return (f"No: {rt.quoted} is {_where(rt)}, partway out, not hard; I have no pan figures for its kind "
                    "from real mixes, so weigh it against the part answering it on the other side.")  # fmt: skip
        return None
    assert role is not None
    p = abs(rt.track.pan)
    where = _where(rt)
    who = ROLE_WORDS[role]
    ok = "Yes" if enough and not (far or near) else "No"  # inside the usual spread
    if pan.q3 < 0.05:  # a role engineers keep centred (kick, bass, lead vocal): the share says it after this
        if p < 0.05:
            return f"{ok}: {rt.quoted} is centred, where engineers keep {who}."
        return f"{'Yes' if far else 'No'}: {rt.quoted} is {where}, and engineers keep {who} centred."
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    spread = (f"a median {pan.median * 100:.0f}% to one side, the middle half {pan.q1 * 100:.0f}-{pan.q3 * 100:.0f}%, "
              f"in {mixes} real mixes (MixologyDB)")  # fmt: skip
    if p > pan.q3 + 0.05:
        head = "Yes, further than most" if far or enough else "No, the opposite: further than most"
    elif p < pan.q1 - 0.05:
        head = "Yes, closer to the centre than most" if near else "No, closer to the centre than most"
    else:
        return f"{ok}: {rt.quoted} {where} sits inside what engineers did with {who} ({spread})."
    return f"{head}: {rt.quoted} is {where}, where engineers put {who} {spread}."


_AMOUNT = r"(hard|fully|all the way|\d{1,3} ?%|halfway|half way|partway|part way)"
PAN_CHOICE = re.compile(
    rf"\b{_AMOUNT}( (left|right|panned|out|l/r|lr))? or (just |like |about |around |maybe |more like )?{_AMOUNT}",
    re.IGNORECASE,
)
"""Two pan amounts offered ("panned hard or like 70%?"): one of them is the answer, not a yes."""


def _amount(said: str) -> float | None:
    """A pan amount as said, 0-1 ("hard" is 1.0, "70%" is 0.7, "halfway" 0.5)."""
    low = said.lower()
    if low in ("hard", "fully", "all the way"):
        return 1.0
    if low.replace(" ", "") in ("halfway", "partway"):
        return 0.5
    digits = re.sub(r"\D", "", low)
    return min(int(digits), 100) / 100 if digits else None


def pan_choice(question: str, role: str | None, rt: RoleTrack | None) -> str | None:
    """Of two pan amounts offered, the one nearer what engineers did with the role (both, when both sit in the
    middle half), with the spread and the track's own pan; None when no two amounts are offered."""
    m = PAN_CHOICE.search(question)
    if m is None or rt is None or role is None:
        return None
    sp = starting_points(role)
    pan = sp.pan.abs_pan
    a, b = _amount(m.group(1)), _amount(m.group(5))
    if not quotable(pan) or pan is None or sp.n_tracks < 5 or a is None or b is None or a == b:
        return None
    inside = [x for x in (a, b) if pan.q1 - 0.05 <= x <= pan.q3 + 0.05]
    said = {a: m.group(1).lower(), b: m.group(5).lower()}
    if len(inside) == 2:
        head = "Either is normal"
    else:
        pick = inside[0] if inside else min((a, b), key=lambda x: abs(x - pan.median))
        head = f"{capital(said[pick])}, nearer the usual"
    mixes = priors_table()["provenance"]["counts"]["mixes"]
    return (
        f"{head}: engineers panned {ROLE_WORDS[role]} a median {pan.median * 100:.0f}% to one side, the middle half "
        f"{pan.q1 * 100:.0f}-{pan.q3 * 100:.0f}%, in {mixes} real mixes (MixologyDB). Yours: {rt.quoted} is "
        f"{_where(rt)}."
    )


def _where(rt: RoleTrack) -> str:
    """ "centred", "panned 80% left": where the track's pan puts it, as said in an answer."""
    p = abs(rt.track.pan)
    return "centred" if p < 0.05 else f"panned {p * 100:.0f}% {'left' if rt.track.pan < 0 else 'right'}"


MONO_ROLES = ("bass", "kick")
"""Parts whose "mono?" means centred: the low end engineers keep in the middle. For others ("are the hats mono?")
mono is about the source, which a pan does not show."""


def mono_part_answer(rt: RoleTrack, low_end_correlation: float | None, pan_offered: bool = False) -> str:
    """ "Yes: 'Bass' is centred ..." from the track's pan, with the mix's low-end correlation where it says more
    (a centred part can still be a stereo source, which the pan does not show). ``pan_offered``: the question
    offers a pan as the other answer ("mono or pan it a bit?"), so the answer picks one instead of a yes."""
    p = rt.track.pan
    low = (
        f" Below 150 Hz the whole mix's channels correlate {low_end_correlation:.2f} (1 is mono), so the low end "
        f"{'is mono where it counts' if low_end_correlation >= 0.9 else 'is wider than a centred bass and kick make it: check for a stereo source or a widener there'}."
        if low_end_correlation is not None
        else ""
    )
    if pan_offered:  # the low end's weight shared by both speakers: engineers keep the bass and kick centred
        head = "Keep it centred, in mono: a low part off to one side loads one speaker with the weight."
        where = (
            "is centred (pan 0)"
            if abs(p) < 0.05
            else f"is panned {abs(p) * 100:.0f}% {'left' if p < 0 else 'right'}: bring it back to the middle"
        )
        return f"{head} {rt.quoted} {where}.{low} Width comes from the other parts around it."
    if abs(p) < 0.05:
        return f"Yes: {rt.quoted} is centred (pan 0).{low}"
    return f"No: {rt.quoted} is panned {abs(p) * 100:.0f}% {'left' if p < 0 else 'right'}.{low}"
