"""Command lines typed the way people type them: ``mixassist ask song.wav what do you hear``.

A new user's first try is rarely ``ask "what do you hear?" --audio song.wav``: the file comes first, or the
question is not quoted. argparse would stop at the second word ("unrecognized arguments"). Here, for the
subcommands that take a question, words left over after parsing are the rest of the question, and for ``ask``
a question that names an existing file is read as the audio to listen to. Anything that looks like an option
stays an error, so a mistyped flag is still reported.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

QUESTION_COMMANDS = ("ask", "demo", "hear")
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg", ".oga", ".opus", ".mp3", ".aif", ".aiff", ".w64", ".rf64", ".caf")


def gather_question(args: argparse.Namespace, extras: Sequence[str], default_question: str) -> str | None:
    """Fold the leftover words into ``args`` (question, audio); returns an error message, or None when all
    words found a place."""
    command = getattr(args, "command", None)
    if extras and (command not in QUESTION_COMMANDS or any(w.startswith("-") for w in extras)):
        return f"unrecognized arguments: {' '.join(extras)}"
    if command not in QUESTION_COMMANDS:
        return None
    words = [str(args.question)] if args.question is not None else []
    if command == "ask" and args.audio is None and args.listen is None and words and _names_audio(words[0]):
        path = words.pop(0)
        if not Path(path).is_file():
            return f"no such audio file: {path}"
        args.audio = path
        if not words and not extras:
            args.question = default_question
            return None
    words += list(extras)
    args.question = " ".join(words) if words else args.question
    return None


def _names_audio(word: str) -> bool:
    """A word that is an existing file, or a single token ending like an audio file (``mix.wav``)."""
    if " " not in word.strip() and word.lower().endswith(AUDIO_SUFFIXES):
        return True
    try:
        return Path(word).is_file()
    except (OSError, ValueError):  # a question too long for a file name, or one holding a NUL: not a file
        return False
