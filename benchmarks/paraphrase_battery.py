"""Paraphrase battery: does the built-in advisor give the same RIGHT answer shape whatever the wording (issue 10)?

About 15 question intents an amateur really has ("is X too loud?", "why can't I hear X?", "what should I fix
first?", "is the mix ready?", ...), each in 6-10 phrasings written the way different users type (plain, very
short, long-winded, slang, typos, a wrong cause, two questions in one, loose names such as "the brass",
"the keys" for an organ, "my voice"), each asked on rendered sessions where the answer is known (clean, a part
+10/-10 dB, masking; styles soul/rock/pop/folk/soul_kit; ``benchmarks.sessions``, real instrument samples).
Each answer is held to its intent's shape: the verdict first for a judge question (Yes/No/Not quite), the
cause (the part and its measurement) first for a why, the planted part for a what-first, "nothing needs
fixing" before any lean on a clean mix.

THIS IS TUNING MATERIAL: the phrasings were written by the engineer fixing the advisor's answer shapes, and the
fixes were made while looking at these answers. Figures on it say how wording-robust the advisor is on what it
was tuned on, not how it does on new questions (the question bank's held-out sets say that).

    .venv/bin/python benchmarks/paraphrase_battery.py [--seed 1] [--intent NAME] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.question_bank import Sessions, ask


@dataclass(frozen=True)
class Case:
    """One session a phrasing is asked on: {x} in the phrasing becomes ``word``; ``track`` is the part the
    answer must name (the planted track)."""

    style: str
    scenario: str
    word: str
    track: str | None


@dataclass(frozen=True)
class Intent:
    name: str
    phrasings: tuple[str, ...]
    cases: tuple[Case, ...]
    starts: str  # the answer's opening, as a regex (its shape)
    first_names_track: bool = False  # the first sentence names the planted track
    must_not_start: str | None = None
    history: tuple[str, ...] = ()  # earlier questions ({x} filled in)
    before: str | None = None  # the scenario of the clip before ("did that help?")
    extra: dict[str, str] = field(default_factory=dict)


LOUD = (
    Case("soul", "Horns +10", "brass", "Horns"),
    Case("rock", "Snare +10", "snare", "Snare"),
    Case("pop", "Pad +10", "pad", "Pad"),
    Case("folk", "Harmony Vox +10", "harmonies", "Harmony Vox"),
    Case("soul_kit", "Organ +10", "keys", "Organ"),
)
QUIET = (
    Case("soul", "Lead Vocal -10", "voice", "Lead Vocal"),
    Case("rock", "Snare -10", "snare", "Snare"),
    Case("folk", "Upright Bass -10", "bass", "Upright Bass"),
    Case("soul_kit", "Organ -10", "keys", "Organ"),
    Case("pop", "Synth Bass -10", "bass", "Synth Bass"),
)
CLEAN_PARTS = (
    Case("soul", "clean", "brass", None),
    Case("pop", "clean", "pad", None),
    Case("rock", "clean", "snare", None),
)
CLEAN = tuple(Case(s, "clean", "", None) for s in ("soul", "rock", "pop", "folk", "soul_kit"))
PLANTED = (
    Case("soul", "Horns +10", "", "Horns"),
    Case("rock", "Snare -10", "", "Snare"),
    Case("pop", "Pad +10", "", "Pad"),
    Case("folk", "Harmony Vox +10", "", "Harmony Vox"),
    Case("soul_kit", "Organ -10", "", "Organ"),
)
MASKING = (Case("rock", "masking", "", "Gtr L"), Case("folk", "masking", "", "Acoustic Gtr"))
MIX_OK = (
    "is my mix good?",
    "does the mix sound ok to you?",
    "mix sounds alright?",
    "you like the mix?",
    "are you happy with the mix",
    "does my mix slap or nah",
    "is this mix decent",
    "the mix sounds fine, right?",
)
ANY_FAULT = (
    "any problems?",
    "anything wrong?",
    "is anything off?",
    "see any issues",
    "does anything need fixing?",
    "is something off in here",
    "is there a problem with the mix?",
    "anything sticking out?",
)
DONE = (
    "we good or nah",
    "it's done right?",
    "all good or?",
    "be honest, is it good",
    "so we're done, no?",
    "is this thing finished or what",
    "think we're done here?",
    "we all set?",
)
NOT_A_VERDICT = r"(Yes|No|Not quite|Not yet)\b"

INTENTS: tuple[Intent, ...] = (
    Intent("too_loud (planted +10)", (
        "is the {x} too loud?", "{x} too loud?", "the {x} is a bit loud huh", "does the {x} feel too big to you",
        "is the {x} way too much or is it just me", "{x} kinda overpowering everything no?",
        "i think the {x} is too hot, right?", "is teh {x} to loud", "the {x} is eating the mix isnt it",
        "is the {x} sitting on top of everything?", "the {x} is swallowing everything isnt it",
    ), LOUD, r"Yes\b", first_names_track=True),
    Intent("too_loud (clean)", (
        "is the {x} too loud?", "{x} too loud?", "the {x} is a bit loud huh", "does the {x} feel too big to you",
        "is the {x} way too much or is it just me", "i think the {x} is too hot, right?", "is teh {x} to loud",
    ), CLEAN_PARTS, r"(No|Not really)\b"),
    Intent("too_quiet (planted -10)", (
        "is the {x} too quiet?", "the {x} is kinda buried no?", "the {x} feels buried, right?",
        "is my {x} lost in the mix", "{x} too low??", "is the {x} too far back", "i cant hardly hear the {x} is it to quiet",
        "does the {x} get lost behind everything?", "is the {x} buried or is it fine",
    ), QUIET, r"Yes\b", first_names_track=True),
    Intent("is_fine (planted +10)", (
        "is the {x} ok?", "{x} sound alright to you?", "is the {x} fine where it is?", "does the {x} sit right?",
        "{x} good?", "are you happy with the {x}?", "is the {x} level ok or should i change it",
        "{x} ok level wise?", "is the {x} level about right?", "{x} fine volume-wise?",
    ), LOUD, r"(No|Not quite)\b", first_names_track=True),
    Intent("is_fine (clean)", (
        "is the {x} ok?", "{x} sound alright to you?", "is the {x} fine where it is?", "does the {x} sit right?",
        "{x} good?", "is the {x} level ok or should i change it",
        "{x} ok level wise?", "is the {x} level about right?", "{x} fine volume-wise?",
    ), CLEAN_PARTS, r"(Yes|It's fine|Fine)\b"),
    Intent("why_cant_hear (planted -10)", (
        "why can't I hear the {x}?", "why is the {x} so buried", "how come the {x} disappears",
        "why does my {x} get lost", "whats making the {x} so hard to hear", "why cant i hear my {x}, is it the reverb?",
        "why is the {x} buried? is it the eq?", "y is the {x} so quiet",
    ), QUIET, r"(?!" + NOT_A_VERDICT + r")", first_names_track=True),
    Intent("why_sticks_out (planted +10)", (
        "why does the {x} stick out so much?", "why is the {x} so loud", "what makes the {x} jump out like that",
        "how come the {x} is all i hear", "why is the {x} in my face, is it compression?",
        "why r the {x} so overpowering",
    ), LOUD, r"(?!" + NOT_A_VERDICT + r")", first_names_track=True),
    Intent("what_first (planted)", (
        "what should I fix first?", "where do i start", "whats the biggest problem", "if you could change one thing what would it be",
        "what's the main issue here?", "wat shud i fix 1st", "anything you'd change?", "what would you change first",
        "ok so what's the priority?",
    ), PLANTED, r"(?!" + NOT_A_VERDICT + r")", first_names_track=True),
    Intent("what_first (clean)", (
        "what should I fix first?", "where do i start", "whats the biggest problem", "anything you'd change?",
        "what would you change first", "what's the main issue here?", "wat shud i fix 1st",
    ), CLEAN, r"[^.]*\b(nothing|no real problem|Nothing)\b"),
    Intent("ready (clean)", (
        "is the mix ready?", "can I bounce it now?", "is this done?", "ready to export?", "is it good to go",
        "can i send this off to mastering", "am i done?",
    ), CLEAN, r"Yes\b"),
    Intent("ready (planted)", (
        "is the mix ready?", "can I bounce it now?", "is this done?", "ready to export?", "is it good to go",
        "can i send this off to mastering", "am i done?",
    ), PLANTED, r"(No|Not yet|Not quite)\b", first_names_track=True),
    Intent("what_do_you_hear (planted)", (
        "what do you hear?", "thoughts?", "any feedback?", "how's it sounding", "what's wrong with it",
        "be honest, whats off", "so what do you think of my mix",
    ), PLANTED, r"(?!" + NOT_A_VERDICT + r")", first_names_track=True),
    Intent("how_to_louder (planted -10)", (
        "how do I make the {x} cut through?", "how can i get the {x} to stand out more", "the {x} feels lost, what would you do?",
        "what do i do about the {x} being buried", "any tips to bring the {x} forward?", "how do i fix the {x}",
    ), QUIET, r"(?!" + NOT_A_VERDICT + r")", first_names_track=True),
    Intent("how_much (after too loud)", (
        "how much?", "by how much?", "how many dB?", "ok how much should i pull it", "how far down?", "how much tho",
    ), LOUD, r"About \d+(\.\d)? dB\b", history=("is the {x} too loud?",)),
    Intent("which_louder (planted +10)", (
        "which is louder, the {x} or the vocal?", "is the {x} louder than the vocal?",
        "{x} or vocal, which one's hotter", "is the vocal or the {x} on top?", "the {x} louder than my voice?",
        "is the {x} sitting above the singer",
    ), LOUD, "", first_names_track=True),
    Intent("masking (rock/folk)", (
        "why is my vocal hard to understand", "why does the vocal sound buried in the guitars",
        "something is covering the vocal, what is it", "the vocal and the guitar are fighting, right?",
        "whats masking the vocal", "why cant i make out the words", "is something stepping on my voice?",
    ), MASKING, r"(?!(No|It's fine)\b)", first_names_track=True),
    Intent("mix_ok (planted)", MIX_OK, PLANTED, r"(No|Not quite|Not yet)\b", first_names_track=True),
    # clean sessions carry whole-mix leans (rock's upper mids +10.5 dB): a lean is not a fault, so "does the mix
    # sound good?" is a yes with the lean after it as "at most" (tuned p08, held-out q1542)
    Intent("mix_ok (clean)", MIX_OK, CLEAN, r"Yes\b"),
    Intent("done (clean)", DONE, CLEAN, r"Yes\b"),
    Intent("done (planted)", DONE, PLANTED, r"(No|Not quite|Not yet)\b", first_names_track=True),
    Intent("any_fault (planted)", ANY_FAULT, PLANTED, r"Yes\b", first_names_track=True),
    Intent("any_fault (clean)", ANY_FAULT, CLEAN, r"No\b"),
    Intent("did_that_help (+10 -> clean)", (
        "did that help?", "better now?", "ok i pulled it down, how's that?", "is it better", "how about now",
        "i turned the {x} down, any better?",
    ), LOUD, r"Yes\b", before="{planted}"),
)  # fmt: skip


def _phrase(text: str, case: Case) -> str:
    return text.replace("{x}", case.word)


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z'])", text, maxsplit=1)[0]


def check(intent: Intent, case: Case, answer: str) -> list[str]:
    failed = []
    if not re.match(intent.starts, answer):
        failed.append(f"starts {intent.starts!r}")
    if intent.first_names_track and case.track and f"'{case.track}'" not in _first_sentence(answer):
        failed.append(f"first sentence names '{case.track}'")
    return failed


def run(seed: int, only: str | None, show: bool) -> dict[str, tuple[int, int]]:
    sessions = Sessions(seed)
    figures: dict[str, tuple[int, int]] = {}
    for intent in INTENTS:
        if only and only not in intent.name:
            continue
        ok = total = 0
        for case in intent.cases:
            for phrasing in intent.phrasings:
                q = {"style": case.style, "scenario": "clean" if intent.before else case.scenario,
                     "question": _phrase(phrasing, case),
                     "history": [_phrase(h, case) for h in intent.history],
                     "before": {"scenario": case.scenario, "question": f"is the {case.word} too loud?"}
                     if intent.before else None}  # fmt: skip
                result, _ = ask(q, sessions)
                failed = check(intent, case, result.advice.text)
                total += 1
                ok += not failed
                if show and failed:
                    print(f"[{intent.name}] {case.style}/{case.scenario}: {q['question']}")
                    print(f"  {result.advice.text[:300]}\n  FAILED: {failed}")
        figures[intent.name] = (ok, total)
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--intent", help="only the intents whose name contains this")
    p.add_argument("--show", action="store_true", help="print each failing answer")
    args = p.parse_args(argv)
    from benchmarks.sessions import missing

    if (why := missing()) is not None:
        print(f"paraphrase_battery: cannot render sessions: {why}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    figures = run(args.seed, args.intent, args.show)
    print(f"paraphrase battery (tuning material), seed {args.seed}, {time.perf_counter() - t0:.0f} s")
    for name, (ok, total) in figures.items():
        print(f"  {name:34s} {ok:3d}/{total:<3d} ({100.0 * ok / total:3.0f} %)")
    ok = sum(o for o, _ in figures.values())
    total = sum(t for _, t in figures.values())
    print(f"  {'all':34s} {ok:3d}/{total:<3d} ({100.0 * ok / total:3.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
