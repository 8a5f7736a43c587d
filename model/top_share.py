"""The top end's own numbers beside a part's fader fault, when the user complains of the top end ("top end is all
ticky n scratchy", "the highs are harsh, is it my master eq?") and the fault the answer leads with is a part too
loud that lives up top (a shaker, hats, a bright synth).

Why: the fader answer alone names the culprit without showing why it is the culprit of *this* complaint. An
engineer points at the measurement the complaint is about, the whole mix's air band against real mixes, and at
the share of it that part gives by its own band meter ("'Shaker' gives 93 % of it"). Both are measured; no
threshold is added. Split from ``model.top_end`` to keep that file about the "too bright?" question itself.
"""

from __future__ import annotations

import math

from companion.context import FindingKind, MixContext
from companion.knowledge.bands import main_bands
from model.focus import Focus
from model.intent_forms import TOP_END
from model.part_top import air_share, percent_words
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, fit, split_sentences
from model.top_end import TOP_BAND, UPPER_BANDS, asks_too_bright, top_words
from model.top_symptoms import says_top_symptom


def about_top(focus: Focus) -> bool:
    """True when the question complains of the whole mix's top end: a symptom word, "too bright", or a harsh top
    end named as such ("the highs are harsh")."""
    intent = focus.intent
    q = intent.question
    if intent.instruments:
        return False  # a part named: its own top (``model.part_top``) or its own route answers
    return (
        says_top_symptom(q)
        or asks_too_bright(q)
        or (intent.complaint == "harsh" and TOP_END.search(q) is not None)
    )


def top_share_sentence(ctx: MixContext, focus: Focus, track: str) -> str | None:
    """ "Up top, the whole mix's air band (6 kHz-20 kHz) is 15.7 dB above the median real mix, ..., and 'Shaker'
    gives 93 % of it, by the track meters." or None when the band or the track's share is not measured, or the
    mix's top is not above the median (then the part's excess does not show there)."""
    a = ctx.analysis
    if a is None or focus.session is None:
        return None
    dev = a.balance_vs_target_db.get(TOP_BAND)
    said = top_words(a, ctx.findings)
    share = air_share(focus.session.tracks, (track,))
    if said is None or share is None or dev is None or not math.isfinite(dev) or dev <= 0:
        return None
    return f"Up top, {said}, and {track!r} gives {percent_words(share)} of it, by the track meters."


def _lives_up_top(focus: Focus, track: str) -> bool:
    rt = next((rt for rt in focus.session.tracks if rt.name == track), None) if focus.session else None
    level = rt.track.level if rt is not None else None
    return bool(main_bands(level.bands_db if level is not None else None) & set(UPPER_BANDS))


def with_top_share(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the top end's numbers and the culprit's share of them after its move, when the question
    complains of the top end and ``ans`` leads with a part too loud up top; ``ans`` otherwise."""
    f = ans.first
    if f is None or f.track is None or f.kind is not FindingKind.TRACK_TOO_LOUD or not ans.moves:
        return ans
    if "air band" in ans.text or not about_top(focus) or not _lives_up_top(focus, f.track):
        return ans
    sentence = top_share_sentence(ctx, focus, f.track)
    if sentence is None:
        return ans
    parts = split_sentences(ans.text)
    move = ans.moves[0].try_text.split(". ")[0]
    at = next((i + 1 for i, p in enumerate(parts) if move and move in p), 1)
    parts.insert(at, sentence)
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    ans.text = fit(parts, limit, keep=at + 1)
    return ans
