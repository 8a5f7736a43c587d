""" "bassist says he's too quiet, i think he's fine, who's right?": two people's claims on one part, the asker
wanting the meters to settle it.

Why: the either/or route opened "It's 'Bass':" on the quiet bass and the whole-mix overview on a fine one, which
names neither person. An engineer says who the measurement sides with, then why, and the move when there is one."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS, track_evidence
from model.focus import Focus
from model.intent import complaint_in
from model.phrasing import Answer, capital, lower_first
from model.session_view import RoleTrack

WHO_RIGHT = re.compile(
    r"\bwho('?s| is) right\b|\bwhich (one )?of us\b|\bwho wins\b|\bsettle (it|this)\b|"
    r"\bwho (do|should|shall) (i|we) (listen to|believe|trust|go with|side with)\b|"
    # "is any track sitting wrong or is he right": the other person's claim offered as the second option
    r"\bor (is|are) (he|she|they) (actually |just |really )?right\b",
    re.I,
)
"""Asked which of two people is right."""
CLAIMER = re.compile(
    r"\b(?:my |the |our )?(?P<who>bassist|drummer|guitarist|singer|vocalist|keys player|pianist|producer|engineer|"
    r"friends?|buddy|mates?|bandmates?|band|brother|sister|wife|husband|girlfriend|boyfriend|partner|teacher|dad|mum|"
    r"mom) (says|say|said|thinks|think|reckons|reckon|claims|claim|insists|insist|swears|swear|swore)\b"
    r"(?P<claim>[^,;.?]*)",
    re.IGNORECASE,
)
"""The other person and what they claim."""
_OPENING = re.compile(r"^[^:]{0,60}:\s*")
PLAYER_ROLES = {
    "bassist": ("bass",), "singer": ("lead_vocal",), "vocalist": ("lead_vocal",), "pianist": ("piano", "keys"),
    "keys player": ("keys", "piano", "organ"), "guitarist": ("electric_guitar", "acoustic_guitar"),
}  # fmt: skip
"""A player named as the one claiming: the part they play, when the question names no part itself."""


def _players_tracks(focus: Focus, who: str) -> list[RoleTrack]:
    """The tracks of the part ``who`` plays ("bassist" -> the bass), or none."""
    roles = PLAYER_ROLES.get(who, ())
    return focus.session.by_roles(*roles) if focus.session and roles else []


def who_is_right(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened with the person the meters side with, when two claims on one part are weighed."""
    q = focus.intent.question
    m = CLAIMER.search(q)
    # the raw words: "who's right?" loses its "right?" to the tag reading in the intent's own copy
    if ctx.analysis is None or m is None or not WHO_RIGHT.search(ctx.question):
        return ans
    claim = m.group("claim")
    who = f"your {m.group('who').lower()}"
    rest = q[: m.start()] + q[m.end() :]  # the asker's own words, the other one's claim taken out
    tracks = list(focus.tracks) or _players_tracks(focus, m.group("who").lower())
    said = complaint_in(claim)  # the other person's claim, read as any question's complaint is
    ready = _READY.search(claim) is not None
    fine = said is None and (ready or _FINE.search(claim) is not None)
    if fine and not focus.tracks and (not tracks or ready):
        # "my singer reckons its ready to send off": the whole mix claimed done, not the singer's own part ("is
        # anything too loud" asks; "i reckon somethings off" doubts)
        return _mix_fine_claimed(ans, who, _DOUBT.search(rest) is not None)
    if fine and len(tracks) == 1:
        # "my bassist reckons theyre fine tho. which one of us is right": the other says fine, the asker complains
        return _fine_claimed(ctx, ans, tracks[0], who, complaint_in(rest))
    if said not in ("loud", "quiet") or len(tracks) != 1:
        return ans
    rt = tracks[0]
    fault = next((f for f in ctx.problems if f.track == rt.name and f.kind in TRACK_LEVEL_KINDS), None)
    if fault is None:
        # "my drummer reckons its the hats that are too loud, not his snare. who's right?": the asker claims nothing,
        # so the meters side against the drummer (and with the part that is off, when one is), not with "you"
        side = f"Not {who}" if complaint_in(rest) is None and _FINE.search(rest) is None else "You are"
        if side != "You are" and ans.moves:
            return Answer(f"{side}: {lower_first(_OPENING.sub('', ans.text, count=1))}", ans.moves, ans.first)
        meter = track_evidence(ctx, rt).measured_level()
        head = f"{side}: nothing I measured says {rt.quoted} is too {said}"
        return Answer(head + (f" ({meter})." if meter else "."))
    way = "loud" if fault.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
    head = (
        f"{who[0].upper()}{who[1:]} {_be(who)}" if way == said else "Neither of you, it's the other way round"
    )
    body = _OPENING.sub("", ans.text, count=1) if ans.first is fault else ans.text
    ans.text = f"{head}: {lower_first(body)}"
    return ans


_FINE = re.compile(
    r"\b(fine|ok|okay|good|alright|all right|perfect|spot on|balanced|right where)\b", re.IGNORECASE
)
"""The other person's claim a good state: nothing off with the part."""
_DOUBT = re.compile(
    r"\bi (think|reckon|feel|swear|guess)\b[^.?!]{0,30}\b(off|wrong|not (done|ready|finished|there)|needs? (work|more)|"
    r"(too )?(loud|quiet|muddy|harsh)|missing|(pokes?|sticks?|stands?|jumps?) out|not right)\b|\b(i'?m|im) not (sure|convinced)\b",
    re.IGNORECASE,
)
"""The asker's own doubt beside the other's claim of done ("i reckon somethings off")."""
_READY = re.compile(r"\b(done|finished|ready|good to go)\b", re.IGNORECASE)
"""The other person's claim the mix finished: a good state too, of the whole mix, whoever says it."""


def _fine_claimed(ctx: MixContext, ans: Answer, rt: RoleTrack, who: str, own: str | None) -> Answer:
    """The answer opened with who the meters side with when the other person calls the part fine: the asker when
    the part is measured at the wrong level the way the asker said (``own``; its move follows), neither when it is
    off the other way, the other person when it is not off."""
    fault = next((f for f in ctx.problems if f.track == rt.name and f.kind in TRACK_LEVEL_KINDS), None)
    if fault is None:
        meter = track_evidence(ctx, rt).measured_level()
        head = f"{capital(who)} {_be(who)}: nothing I measured says {rt.quoted} is out of line"
        return Answer(head + (f" ({meter})." if meter else "."))
    body = _OPENING.sub("", ans.text, count=1) if ans.first is fault else ans.text
    way = "loud" if fault.kind is FindingKind.TRACK_TOO_LOUD else "quiet"
    head = (
        "Neither of you, it's the other way round" if own in ("loud", "quiet") and own != way else "You are"
    )
    ans.text = f"{head}: {lower_first(body)}"
    return ans


def _mix_fine_claimed(ans: Answer, who: str, own: bool) -> Answer:
    """ "my bandmate reckons its done, i reckon somethings off, is any track wrong or is he right": the whole mix
    claimed fine by the other person; the meters side with them when the answer finds no fault to fix (a lean
    told "at most" is not one), and against them when it leads with a fault and its move: with the asker when
    the asker doubted it (``own``), else "Not your bandmate"."""
    first = ans.first
    if first is not None and first.is_problem and not first.is_lean and ans.moves:
        body = _OPENING.sub("", ans.text, count=1)
        return Answer(f"{'You are' if own else f'Not {who}'}: {lower_first(body)}", ans.moves, first)
    body = re.sub(r"^(No|Yes|Nope|Right)\b[,:]?\s*(you're good[,:]\s*)?", "", ans.text)
    return Answer(f"{capital(who)} {_be(who)} right: {lower_first(body)}", ans.moves, first)


def _be(who: str) -> str:
    """ "is" for one person ("your drummer is"), "are" for several ("your bandmates are")."""
    return "are" if who.endswith(("mates", "friends", "parents")) else "is"
