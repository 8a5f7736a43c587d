"""A whole-mix tone complaint that the lead vocal's own level may be causing ("is the mix too harsh?" with the lead
10 dB down): the lead is what the answer is about. The listening side decides when a lead's level problem explains
a whole-mix verdict (``companion.listening.focus_tone``: opposite sense, outside the lead's own bands, a
noticeable change in the mix when the lead goes back) and records it on the verdict (``evidence.explained_by``);
an engineer answering "is it harsh?" then says "fix the vocal's level first, then listen again" rather than
prescribing a 3 kHz dip for a hole the vocal left."""

from __future__ import annotations

from companion.context import Finding, FindingKind, MixContext
from companion.listening.focus_tone import is_lead_level
from model.answer_scope import COMPLAINT_TO_KIND


def lead_behind(ctx: MixContext, complaint: str | None) -> Finding | None:
    """The lead vocal's level problem that the measured whole-mix verdict for ``complaint`` names as its possible
    cause; None when the verdict is not measured as a problem or nothing of the lead's explains it."""
    kind = COMPLAINT_TO_KIND.get(complaint or "")  # the whole-mix verdict the complaint asks about
    verdict = next((f for f in ctx.problems if f.track is None and f.kind is kind), None) if kind else None
    named = str(verdict.evidence.get("explained_by", "")) if verdict is not None else ""
    if not named:
        return None
    return next(
        (f for f in ctx.problems if is_lead_level(f) and f"{f.kind} on '{f.track}'" in named),
        None,
    )


def lead_reason(complaint: str, lead: Finding) -> str:
    """Why the lead's level comes before the tone asked about, in the words an engineer would use."""
    if lead.kind is FindingKind.TRACK_TOO_QUIET:
        how = "a vocal that low leaves a hole in the mids, so the ranges around it stand out"
    else:
        how = "a vocal that loud fills the mids, so the ranges around them read as lacking"
    return f"That can be why the mix reads {complaint}: {how}. Set the vocal first, then listen again."
