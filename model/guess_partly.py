"""A part guessed too loud as the reason another is buried ("is the fiddle too loud, is that the reason the vocal's
buried?") when both are measured: the guessed part a little over the buried one, and the buried part itself well
under its place. The guess is partly right, but the bigger fault is the buried part's own fader, so an engineer
says "Partly" and leads with that fader, then the guessed part's smaller move, instead of "No, the opposite"
(which was said against the vocal's quiet, not the guess) above a card that turns the guessed part down."""

from __future__ import annotations

from companion.context import FindingKind, MixContext
from model.focus import Asked, Focus
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

OPPOSITE = "No, the opposite:"


def _tracks(a: Asked) -> set[str]:
    return {rt.name for rt in (*a.tracks, *((a.inside,) if a.inside else ()))}


def partly_the_guess(ctx: MixContext, focus: Focus, guess: Asked, ans: Answer) -> Answer:
    """``ans`` reopened "Partly" when it denies a guessed part's "too loud" as "the opposite" while turning that
    part down; led by the buried part's own fader when that part is measured too quiet."""
    first = ans.first
    if not ans.text.startswith(OPPOSITE) or first is None or first.kind is not FindingKind.TRACK_TOO_LOUD:
        return ans
    if first.track not in _tracks(guess) or not focus.session:
        return ans
    others = set().union(*(_tracks(a) for a in focus.asked if a.found and a is not guess))
    quiet = [
        f
        for f in ctx.problems
        if f.kind is FindingKind.TRACK_TOO_QUIET and f.track in others and f.is_problem and not f.is_lean
    ]
    body = ans.text[len(OPPOSITE) :].strip()
    if not quiet:  # the guess was right: as sure as its finding ("a little" only under a problem's size)
        return Answer(f"{'Yes:' if first.is_problem else 'Yes, a little:'} {body}", ans.moves, first)
    fault = max(quiet, key=lambda f: f.severity)
    move = recipe(fault, focus.session)
    then = ans.moves[0].try_text if ans.moves else ""
    parts = [
        f"Partly, but mostly it's {fault.track!r} itself: {lower_first(first_sentence(fault.summary))}",
        move.try_text,
        f"Then, as {first.track!r} {_what_it_does(body)}: {lower_first(then)}" if then else "",
    ]
    return Answer(fit([p for p in parts if p], MAX_WORDS, keep=3), [move, *ans.moves], fault)


def _what_it_does(body: str) -> str:
    """The guessed part's own finding, said short ("sits only 5 dB under your lead vocal")."""
    said = first_sentence(body).rstrip(".")
    verb = said.find(" sits ")
    return said[verb + 1 :].split(" (", 1)[0] if verb >= 0 else "is a little high too"
