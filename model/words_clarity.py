"""Words hard to make out with the vocal's level cleared ("i can't make out the words", "lyrics are hard to
understand" with 'Lead Vocal' inside its range and nothing covering it). The verdict alone ("No: nothing I
measured says 'Lead Vocal' is too low") leaves the asker with nothing to try; an engineer goes on to what else
blurs words at a fine level, checked against the vocal's own chain in the session (a reverb on it or a send, a
compressor or none): a reverb too wet smears the consonants, no compression lets the quiet syllables drop under
the band, and the consonants live at 2-5 kHz, where a part crowding them hides the words."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import track_evidence
from model.focus import Focus
from model.phrasing import MAX_WORDS, Answer, fit, split_sentences
from model.quiet_of_other import WORDS
from model.sung_words import SUNG_WORDS

CLEARED = re.compile(
    r"^(No:\s*)?nothing I measured says '[^']+' is too low\b|^(No need: )?'[^']+' sits about \d+ dB louder\b",
    re.IGNORECASE,
)
"""The vocal's level cleared (not too low, or a little over its usual place), with nothing to try after it."""
UNCLEAR = re.compile(
    r"\b(make out|understand|follow|hear|catch|decipher)\b|\b(unclear|mumbl\w*|muffled|blurr?\w*|smear\w*)\b",
    re.IGNORECASE,
)
"""The words said to be hard to follow."""
CHECK = "Check at low volume: you should still follow every word."


def _about_words(question: str) -> bool:
    return bool((WORDS.search(question) or SUNG_WORDS.search(question)) and UNCLEAR.search(question))


def words_clarity(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` followed by what else blurs the words at a fine level, on this session's vocal, when the question
    is about the words, only the vocal is asked about and the answer cleared its level with no move."""
    intent = focus.intent
    if intent.instruments != ("vocal",) or ans.moves or not _about_words(intent.question):
        return ans
    if not CLEARED.search(ans.text) or not focus.tracks:
        return ans
    ev = track_evidence(ctx, focus.tracks[0])
    quoted = ev.rt.quoted
    head = "The fader isn't it, then: at a fine level, words blur for other reasons."
    if ev.reverb:
        wet = (f"{quoted} already has a reverb: mute it for a bar; if the words come clear, turn the return "
               "down 2-3 dB and add 20-40 ms of pre-delay so the consonants land dry first.")  # fmt: skip
    else:
        wet = f"{quoted} has no reverb now, so wetness isn't it."
    if ev.rt.has_comp:
        comp = "its compressor is there; if quiet syllables still drop, 2-3 dB more gain reduction holds them up."
    else:
        comp = ("It has no compressor: about 3:1 with 3-6 dB of gain reduction keeps the quiet syllables from "
                "dropping under the band.")  # fmt: skip
    consonants = ("The consonants live at 2-5 kHz: if a guitar or keys part is bright there, a 2-3 dB dip on it "
                  "around 3 kHz clears them, rather than boosting the vocal.")  # fmt: skip
    said = split_sentences(ans.text)[:2]  # the verdict and the vocal's own meter; the whole mix's band after
    rest = [s for s in split_sentences(ans.text)[2:]]
    sentences = [*said, head, wet, comp[0].upper() + comp[1:], consonants, CHECK, *rest]
    return Answer(fit(sentences, MAX_WORDS, keep=len(said) + 2), ans.moves, ans.first)
