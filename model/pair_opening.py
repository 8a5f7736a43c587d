""" "How are the fiddle and piano?" with both fine: "Both are fine:", not "It's fine:"; "hows the guitars" on two guitar tracks: "They're fine:".

Why: the track route opens a fine part with "It's fine:" and ``model.each_part`` then adds the other part's own
"'Piano' is fine" sentence, so an answer about two parts opened in the singular, as if only the first had been
looked at. An engineer asked about two parts says both are fine (three or more: "They're all fine:").
"""

from __future__ import annotations

from companion.context import MixContext
from model.beside_part import only_beside
from model.focus import Focus
from model.phrasing import Answer

SINGULAR = "It's fine:"


def pair_opening(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` opened "Both are fine:" / "They're all fine:" when it opens "It's fine:" on two or more parts asked,
    each with tracks of its own and no fault (a lean aside) measured on them; ``ans`` itself otherwise."""
    if not ans.text.startswith(SINGULAR):
        return ans
    parts: list[set[str]] = []
    # "do the guitars sit right over the vox?": the vox is where the guitars are heard, not a part asked
    for a in (a for a in focus.asked if not only_beside(focus.intent.question, a.said)):
        own = {rt.name for rt in a.tracks} - set().union(*parts) if parts else {rt.name for rt in a.tracks}
        if own:
            parts.append(own)
    tracks = sum(len(part) for part in parts)
    if tracks < 2:
        return ans  # one part on one track: "It's fine" is its word
    names = set().union(*parts)
    if any(f.track in names or f.evidence.get("other_track") in names for f in ctx.problems if not f.is_lean):
        return ans
    if not all(any(f"'{n}'" in ans.text for n in part) for part in parts):
        return ans  # a part the answer never names: "It's fine" speaks of the one it does
    if len(parts) == 1:  # "hows the guitars": one part on 'Gtr L' and 'Gtr R'
        said = "They're fine:"
    else:
        said = "Both are fine:" if len(parts) == 2 else "They're all fine:"
    ans.text = f"{said}{ans.text[len(SINGULAR) :]}"
    return ans
