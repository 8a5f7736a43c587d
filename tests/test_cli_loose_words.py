"""Command lines typed as people type them: the file first, the question unquoted (companion.cli.loose_words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import soundfile as sf
from test_cli_ask import mix, one_line_error, run

from companion.cli.loose_words import gather_question
from companion.cli.main import DEFAULT_QUESTION, build_parser


def parsed(*argv: str) -> tuple[object, str | None]:
    args, extras = build_parser().parse_known_args(list(argv))
    return args, gather_question(args, extras, DEFAULT_QUESTION)


@pytest.fixture
def song(tmp_path: Path) -> Path:
    p = tmp_path / "my song.wav"
    sf.write(p, mix(), 48000)
    return p


def test_the_file_first_then_the_question_unquoted(song: Path):
    args, problem = parsed("ask", str(song), "is", "the", "low", "end", "ok?")
    assert problem is None
    assert args.audio == str(song) and args.question == "is the low end ok?"


def test_a_file_alone_is_asked_the_default_question(song: Path):
    args, problem = parsed("ask", str(song))
    assert problem is None and args.audio == str(song) and args.question == DEFAULT_QUESTION


def test_an_unquoted_question_after_the_options(song: Path):
    args, problem = parsed("ask", "--audio", str(song), "is", "it", "too", "loud")
    assert problem is None and args.audio == str(song) and args.question == "is it too loud"
    args, problem = parsed("demo", "is", "the", "kick", "too", "loud")
    assert problem is None and args.question == "is the kick too loud"


def test_what_stays_an_error(song: Path):
    assert parsed("ask", "mix.wav", "what", "do", "you", "hear")[1] == "no such audio file: mix.wav"
    assert parsed("ask", str(song), "--bogus")[1] == "unrecognized arguments: --bogus"
    assert parsed("analyze", str(song), "extra")[1] == "unrecognized arguments: extra"
    args, problem = parsed(
        "ask", "--audio", str(song), str(song)
    )  # the audio is given: the word is a question
    assert problem is None and args.question == str(song)


def test_as_a_user_runs_it(song: Path):
    proc = run("ask", str(song), "how", "is", "the", "low", "end?", "--json", "--no-record")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["question"] == "how is the low end?"
    assert abs(data["analysis"]["duration_s"] - 6.0) < 0.01
    one_line_error(
        run("ask", str(song.with_name("nope.wav")), "what", "do", "you", "hear"), "no such audio file"
    )
    one_line_error(run("ask", str(song), "--frobnicate"), "unrecognized arguments: --frobnicate")


def test_a_question_too_long_for_a_file_name_is_a_question():
    long_question = "is the ride too loud " * 400  # over any file system's name limit (255 bytes)
    args, problem = parsed("ask", long_question)
    assert problem is None and args.question == long_question
    args, problem = parsed("ask", "is it\x00 too loud")  # a NUL cannot be in a path either
    assert problem is None and args.question == "is it\x00 too loud"
