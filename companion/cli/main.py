"""The ``mixassist`` command: argparse subcommands, each a function returning an exit code.

Heavy imports live inside the handlers (the command-group modules ``ask``, ``capture`` and ``reaper`` of this
package are imported only for their subcommand), so ``mixassist ask --backend rules`` never loads torch,
transformers, librosa or Qt.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import math
import sys
from collections.abc import Sequence

from companion import __version__
from companion.cli.loose_words import gather_question
from companion.errors import BadInput, MixAssistError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

BACKENDS = ("rules", "qwen-audio", "llama-cpp", "remote")
TARGETS = ("spotify", "apple", "youtube", "ebu", "cd")
CAPTURE_BACKENDS = ("sounddevice", "soundcard", "pyaudiowpatch", "reastream", "file")
DEFAULT_QUESTION = "What do you hear?"

# subcommand -> "module:function"; the module is imported only when that subcommand runs
HANDLERS = {
    "demo": "companion.cli.ask:cmd_demo",
    "ask": "companion.cli.ask:cmd_ask",
    "analyze": "companion.cli.ask:cmd_analyze",
    "devices": "companion.cli.capture:cmd_devices",
    "listen": "companion.cli.capture:cmd_listen",
    "reaper": "companion.cli.reaper:cmd_reaper",
    "run": "companion.cli.reaper:cmd_run",
    "hear": "companion.cli.hear:cmd_hear",
    "gui": "companion.cli.hear:cmd_gui",
    "sessions": "companion.cli.sessions:cmd_sessions",
    "train": "companion.cli.learn:cmd_train",
    "eval": "companion.cli.learn:cmd_eval",
}


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line (no usage dump) on bad usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"mixassist: {message} (see {self.prog} --help)\n")


def window_seconds(text: str) -> float:
    """A file window in seconds: a finite number, 0 or more (0 = the whole file). argparse turns the error into
    one usage line, instead of a seek error deep in the audio reader (-5) or a crash (inf)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"seconds must be 0 or more (0 = all), got {text!r}")
    return value


def positive_seconds(text: str) -> float:
    """A length of audio to capture or answer on: a finite number above 0."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"seconds must be more than 0, got {text!r}")
    return value


def _add_advisor_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--backend", choices=BACKENDS, default=None, help="who answers (default: rules, or config)"
    )
    p.add_argument("--model", help="hub id or local path (qwen-audio), .gguf file (llama-cpp), name (remote)")
    p.add_argument("--adapter", help="PEFT LoRA adapter folder for qwen-audio")
    p.add_argument("--merge-adapter", action="store_true", help="merge the adapter into the weights on load")
    p.add_argument("--load-in-4bit", action="store_true", help="qwen-audio in 4-bit (bitsandbytes, CUDA)")
    p.add_argument("--lora", help="LoRA GGUF file for llama-cpp")
    p.add_argument("--url", help="base URL of an OpenAI-compatible server (remote)")
    p.add_argument("--send-audio", action="store_true", help="remote: send the clip as input_audio")
    p.add_argument(
        "--genre",
        help="genre for the tonal comparison (pop, rock, electronic, hiphop, jazz, orchestral...; "
        "default: the range of every family)",
    )
    p.add_argument("--target", choices=TARGETS, default=None, help="loudness target (default: spotify)")


def _add_reference_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--reference",
        metavar="PATH",
        help="a song to compare with (loudness-matched) instead of the genre's range of real mixes",
    )


def _add_record_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--session",
        metavar="NAME",
        help="session to record in and continue (default: one per day and source)",
    )
    p.add_argument("--no-record", action="store_true", help="do not keep this exchange in the session log")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="mixassist", description="MixAssist Companion: a mixing mentor that listens.")
    parser.add_argument("--version", action="version", version=f"mixassist {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details (and tracebacks) to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("demo", help="answer 'What do you hear?' on the built-in demo session")
    p.add_argument("question", nargs="?", default=DEFAULT_QUESTION)
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    _add_advisor_options(p)

    p = sub.add_parser("ask", help="ask about a clip (a file, or live capture with --listen)")
    p.add_argument("question", nargs="?", default=DEFAULT_QUESTION)
    p.add_argument("--audio", help="audio file of what played (WAV, FLAC...)")
    p.add_argument(
        "--listen", type=positive_seconds, metavar="N", help="capture the last N seconds instead of --audio"
    )
    p.add_argument("--capture-backend", choices=CAPTURE_BACKENDS, help="capture backend for --listen")
    p.add_argument("--device", help="capture device name or index for --listen")
    p.add_argument("--snapshot", help="REAPER snapshot JSON (mixassist.snapshot/1)")
    p.add_argument(
        "--seconds", type=window_seconds, default=None, help="analyse the last N seconds of the file (30)"
    )
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    _add_reference_option(p)
    _add_record_options(p)
    _add_advisor_options(p)

    p = sub.add_parser("analyze", help="the listening analysis of a file, alone")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--seconds", type=window_seconds, default=None, help="analyse the last N seconds (30; 0 = all)"
    )
    p.add_argument("--genre")
    p.add_argument("--target", choices=TARGETS, default=None)
    _add_reference_option(p)

    p = sub.add_parser("devices", help="list capture devices and likely loopback sources")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("listen", help="capture N seconds into a WAV file")
    p.add_argument("--seconds", type=float, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--backend", choices=CAPTURE_BACKENDS, default=None)
    p.add_argument("--device")

    p = sub.add_parser("reaper", help="install the REAPER scripts, or check the bridge")
    rsub = p.add_subparsers(dest="reaper_command", metavar="ACTION", parser_class=_Parser)
    q = rsub.add_parser("install", help="copy the scripts into REAPER's resource folder")
    q.add_argument("--resource-path", help="REAPER resource folder (default: per OS)")
    q = rsub.add_parser("uninstall", help="remove what install added")
    q.add_argument("--resource-path")
    q = rsub.add_parser("status", help="bridge alive, snapshot age, OSC feedback, tracks")
    q.add_argument("--resource-path")
    q.add_argument("--bridge-dir", help="bridge folder (default: <resource>/Scripts/MixAssist/bridge)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--listen-seconds", type=float, default=2.0, help="how long to wait for OSC feedback")

    p = sub.add_parser("run", help="answer REAPER hotkey requests")
    p.add_argument("--headless", action="store_true", help="answer in the terminal (no overlay)")
    p.add_argument("--resource-path")
    p.add_argument("--bridge-dir")
    p.add_argument("--audio", help="a file to use as the clip source (default: live capture)")
    p.add_argument("--capture-backend", choices=CAPTURE_BACKENDS)
    p.add_argument("--device")
    p.add_argument("--seconds", type=positive_seconds, default=None, help="seconds of audio per answer (20)")
    p.add_argument("--max-requests", type=int, default=None, help="stop after N answered requests")
    p.add_argument(
        "--port", type=int, default=None, help="OSC port for 'mixassist hear' (default: config, 9000)"
    )
    _add_record_options(p)
    _add_advisor_options(p)

    p = sub.add_parser("hear", help="ask the running companion (gui or run --headless) over OSC")
    p.add_argument("question", nargs="?", default=None, help=f"what to ask (default: {DEFAULT_QUESTION!r})")
    p.add_argument("--port", type=int, default=None, help="the companion's OSC port (default: config, 9000)")

    p = sub.add_parser("gui", help="the overlay beside REAPER")
    p.add_argument(
        "--demo", action="store_true", help="the demo session on a virtual REAPER: no REAPER needed"
    )
    p.add_argument("--resource-path")
    p.add_argument("--bridge-dir")
    p.add_argument("--audio", help="a file to use as the clip source (default: live capture)")
    p.add_argument("--capture-backend", choices=CAPTURE_BACKENDS)
    p.add_argument("--device")
    p.add_argument("--port", type=int, default=None, help="OSC listen port (default: config, 9000)")
    p.add_argument("--quit-after", type=float, default=None, help=argparse.SUPPRESS)  # tests, benchmarks
    _add_record_options(p)
    _add_advisor_options(p)

    from companion.cli.learn_args import add_learning_parsers

    add_learning_parsers(sub, _add_advisor_options)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    problem = gather_question(args, extras, DEFAULT_QUESTION)
    if problem:
        parser.error(problem)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    module_name, func_name = HANDLERS[args.command].split(":")
    try:
        handler = getattr(importlib.import_module(module_name), func_name)
        return int(handler(args) or 0)
    except BadInput as exc:
        print(f"mixassist: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except MixAssistError as exc:
        print(f"mixassist: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("mixassist: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # the last net: one line, details only with --verbose
        logging.getLogger("mixassist").debug("unexpected error", exc_info=True)
        print(
            f"mixassist: unexpected error: {type(exc).__name__}: {exc} (run with -v for details)",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
