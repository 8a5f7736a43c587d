"""``mixassist demo``, ``ask`` and ``analyze``: the spine of the CLI.

Only numpy, soundfile and our own leaves load on the rules path; model backends import their heavy packages
inside their own modules, and only when chosen.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from companion.app import AskResult, Companion
from companion.config import load_config
from companion.context import AudioClip, Finding, Snapshot, json_safe
from companion.errors import BadInput, BridgeError
from companion.listening.audio import DEFAULT_MAX_SECONDS, load_clip

WRAP = 100


def open_session_log(args: argparse.Namespace, source: str, config: dict[str, Any]) -> Any:
    """The session log every ask is recorded in (None with ``--no-record``): ``--session NAME`` or one per
    day and ``source``."""
    if getattr(args, "no_record", False) or not hasattr(args, "no_record"):
        return None
    from companion.session import SessionLog

    max_mb = (config.get("sessions") or {}).get("max_mb")
    return SessionLog.open(
        getattr(args, "session", None), source=source, max_mb=None if max_mb is None else float(max_mb)
    )


def close_session_log(companion: Companion) -> None:
    """Wait for the last exchange to reach the disk; one line on stderr if it could not."""
    if companion.session_log is None:
        return
    from companion.session import SessionError

    try:
        companion.session_log.close()
    except SessionError as exc:
        print(f"mixassist: {exc}", file=sys.stderr)


def build_companion(args: argparse.Namespace, source: str = "cli") -> Companion:
    """A Companion from CLI args over the user's config (CLI wins); recording into the session log unless
    ``--no-record`` (commands without that flag never record)."""
    config = load_config()
    backend = getattr(args, "backend", None) or config["backend"]
    target = getattr(args, "target", None) or config["target"]
    genre = getattr(args, "genre", None) or config["genre"]
    if genre is not None:
        from companion.listening.reference_curves import genre_family

        genre_family(genre)  # unknown genre -> one clear line, before any work
    reference = None
    if getattr(args, "reference", None):
        from companion.listening.reference_track import load_reference

        reference = load_reference(args.reference)  # missing, unreadable, silent, too short -> one line
    advisor = None
    if backend != "rules":  # the rules path never imports the model registry
        from model.registry import advisor_options, create_advisor

        advisor = create_advisor(backend, advisor_options(args, config))
    return Companion(
        advisor,
        target=target,
        genre=genre,
        reference=reference,
        session_log=open_session_log(args, source, config),
        front_end=source,  # "cli" for ask, "run" for the REAPER hotkey loop
    )


def load_snapshot(path: str) -> Snapshot:
    """Read and validate a ``mixassist.snapshot/1`` JSON file (BadInput with one line when it is not one)."""
    from bridge.reaper.snapshot_decode import decode_snapshot

    p = Path(path)
    if not p.is_file():
        raise BadInput(f"{p}: no such snapshot file")
    try:
        return decode_snapshot(p.read_bytes(), source=str(p))
    except OSError as exc:
        raise BadInput(f"{p}: cannot read the snapshot ({exc.strerror})") from None
    except BridgeError as exc:  # a file the user gave us: bad input, not a bridge failure
        raise BadInput(str(exc)) from None


def _clip_from_args(args: argparse.Namespace) -> AudioClip | None:
    seconds = args.seconds if getattr(args, "seconds", None) is not None else DEFAULT_MAX_SECONDS
    if getattr(args, "listen", None) is not None:
        if args.audio:
            raise BadInput("give either --audio FILE or --listen N, not both")
        if args.listen <= 0:
            raise BadInput("--listen needs a positive number of seconds")
        from bridge.capture.registry import record

        return record(args.listen, backend=args.capture_backend, device=args.device)
    if args.audio:
        return load_clip(args.audio, max_seconds=None if seconds == 0 else seconds)
    return None


# ---------------------------------------------------------------- output


def print_answer(result: AskResult, out: TextIO, streamed: bool) -> None:
    """The answer (unless it was already streamed), the findings it rests on and the suggestions."""
    if not streamed:
        out.write(textwrap.fill(result.advice.text, WRAP) + "\n")
    else:
        out.write("\n")
    note = result.measured_note
    if note is not None:  # a model's numbers that disagree with the measurement: say so where it is read
        out.write(f"Number check: the answer disagrees with what was {note}\n")
    ctx = result.context
    if ctx.analysis is not None or ctx.snapshot is not None:  # nothing measured: no findings block to show
        print_findings(ctx.findings, ctx.analysis, ctx.target, out)
    agree = result.advice.agreement
    if agree is not None and not agree["agree"]:
        first = agree["cards"]
        where = f" on '{first['track']}'" if first.get("track") else ""
        out.write(
            f"\nNote: the answer starts with {agree['text']['kind'].replace('_', ' ')}; the measured first problem is "
            f"{first['kind'].replace('_', ' ')}{where} (the first suggestion below).\n"
        )
    sugg = result.advice.suggestions
    if sugg:
        out.write("\nSuggestions:\n")
        for s in sugg:
            params = ", ".join(f"{k} {v}" for k, v in s.params.items())
            where = s.track or "master"
            applies = "  [one click in REAPER]" if s.command is not None else ""
            out.write(f"  - {where}: {s.action.replace('_', ' ')} ({params}): {s.rationale}{applies}\n")


def print_findings(
    findings: tuple[Finding, ...] | list[Finding], analysis: Any, target: str, out: TextIO
) -> None:
    """The numbers the answer rests on, problems first."""
    if analysis is not None:
        a = analysis
        out.write(
            f"\nMeasured: {a.integrated_lufs:.1f} LUFS integrated ({target} target), true peak {a.true_peak_dbtp:.1f} dBTP, "
            f"PLR {a.plr_db:.1f} dB, LRA {a.lra_lu:.1f} LU, correlation {a.stereo.correlation:.2f}\n"
        )
    sections = (
        ("Problems:", [f for f in findings if f.is_problem and not f.is_lean]),
        ("Leans (check by ear):", [f for f in findings if f.is_lean]),
        ("Remarks:", [f for f in findings if not f.is_problem]),
    )
    for title, chosen in sections:
        if chosen:
            out.write(f"{title}\n")
            for f in chosen:
                out.write(f"  [{f.severity:.2f}] {f.kind}: {f.summary}\n")
    if not findings:
        out.write("No findings: nothing measured is out of the ordinary.\n")


def _run_ask(
    companion: Companion,
    question: str,
    clip: AudioClip | None,
    snapshot: Snapshot | None,
    as_json: bool,
    with_turn: bool = False,
) -> int:
    stream = not as_json and companion.advisor.name != "rules"
    on_token = None
    if stream:

        def on_token(text: str) -> None:
            sys.stdout.write(text)
            sys.stdout.flush()

    result = companion.ask(question, clip=clip, snapshot=snapshot, on_token=on_token)
    if as_json:
        data = result.to_json_dict()
        if data["analysis"] is not None and companion.reference is not None:
            data["analysis"]["reference"] = reference_dict(companion.reference)
        if with_turn:  # ask --json says where the exchange was kept (null with --no-record)
            data["turn"] = _turn_dict(result)
        json.dump(json_safe(data), sys.stdout, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    else:
        print_answer(result, sys.stdout, streamed=stream)
        if result.turn is not None:
            t = result.turn
            sys.stdout.write(
                f"\n(kept as turn {t.turn_id} of session {t.session}; rate it: "
                f"mixassist sessions feedback {t.session} {t.turn_id} up|down)\n"
            )
    sys.stdout.flush()
    if result.record_error:
        print(f"mixassist: {result.record_error}", file=sys.stderr)
    close_session_log(companion)
    return 0


def reference_dict(ref: Any) -> dict[str, Any]:
    """The ``analysis.reference`` object of the --json output (only when --reference was given)."""
    return {
        "name": ref.name,
        "sha256": ref.sha256,
        "integrated_lufs": round(ref.integrated_lufs, 2),
        "plr_db": round(ref.plr_db, 2),
        "width": round(ref.width, 3),
        "duration_s": ref.duration_s,
        "measured": ref.note,
    }


def _turn_dict(result: AskResult) -> dict[str, Any] | None:
    if result.turn is None:
        return None
    t = result.turn
    return {"session": t.session, "conversation_id": t.conversation_id, "turn_id": t.turn_id}


# ---------------------------------------------------------------- handlers


def cmd_ask(args: argparse.Namespace) -> int:
    companion = build_companion(args)
    snapshot = load_snapshot(args.snapshot) if args.snapshot else None
    clip = _clip_from_args(args)
    if clip is None and snapshot is None:
        from model.answer import needs_listening

        if needs_listening(args.question):
            raise BadInput(
                "nothing to listen to: this question needs your mix; give --audio FILE (a bounce) or --listen N"
            )
        # a technique or "should I" question: answered from knowledge, saying nothing was listened to
    return _run_ask(companion, args.question, clip, snapshot, args.json, with_turn=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from companion.synth.demo import build_demo

    demo = build_demo()
    if args.genre is None:
        args.genre = demo.genre  # the demo song's own genre, unless the user asks for another
    companion = build_companion(args)
    if not args.json:
        sys.stdout.write(
            f"Demo session: {len(demo.snapshot.tracks)} tracks ({', '.join(t.name for t in demo.snapshot.tracks)}), "
            f"{demo.clip.duration_s:.0f} s.\nYou: {args.question}\n\n"
        )
    return _run_ask(companion, args.question, demo.clip, demo.snapshot, args.json)


def cmd_analyze(args: argparse.Namespace) -> int:
    from companion.listening.analysis import analyze
    from companion.listening.diagnosis import diagnose

    config = load_config()
    target = args.target or config["target"]
    genre = args.genre or config["genre"]
    seconds = args.seconds if args.seconds is not None else DEFAULT_MAX_SECONDS
    if genre is not None:
        from companion.listening.reference_curves import genre_family

        genre_family(genre)  # unknown genre -> one clear line, before any work
    reference = None
    if args.reference:
        from companion.listening.reference_track import load_reference

        reference = load_reference(args.reference)
    clip = load_clip(args.path, max_seconds=None if seconds == 0 else seconds)
    analysis = analyze(clip.samples, clip.sample_rate, genre=genre)
    findings = diagnose(analysis, None, target=target, genre=genre, reference=reference)
    if args.json:
        data = analysis.to_dict()
        data["findings"] = [f.to_dict() for f in findings]
        if clip.note:
            data["note"] = clip.note
        if reference is not None:
            data["reference"] = reference_dict(reference)
        json.dump(json_safe(data), sys.stdout, indent=2, allow_nan=False)
        sys.stdout.write("\n")
        return 0
    out = sys.stdout
    out.write(f"{args.path}: {analysis.duration_s:.1f} s, {analysis.sample_rate} Hz, {analysis.channels} ch")
    out.write(f" ({clip.note})\n" if clip.note else "\n")
    out.write(
        f"  loudness   {analysis.integrated_lufs:7.1f} LUFS integrated, short-term max {analysis.short_term_max_lufs:.1f}, "
        f"LRA {analysis.lra_lu:.1f} LU\n"
        f"  peaks      {analysis.true_peak_dbtp:7.1f} dBTP true peak, {analysis.sample_peak_dbfs:.1f} dBFS sample peak, "
        f"{analysis.clipped_samples} clipped samples\n"
        f"  dynamics   PLR {analysis.plr_db:.1f} dB, crest {analysis.crest_db:.1f} dB, DC {analysis.dc_offset:+.4f}\n"
        f"  stereo     correlation {analysis.stereo.correlation:.2f}, width {analysis.stereo.width:.2f}, "
        f"low end {analysis.stereo.low_end_correlation:.2f}, L-R {analysis.stereo.lr_balance_db:+.1f} dB\n"
        f"  bands (dB of total / vs the median real mix of family '{analysis.genre_family}'):\n"
    )
    for name, level in analysis.bands_db.items():
        bal = analysis.balance_vs_target_db.get(name, float("nan"))
        if math.isfinite(level):
            out.write(f"    {name:9s} {level:7.1f}  {bal:+6.1f}\n")
        else:
            out.write(
                f"    {name:9s}     n/a  (above the {analysis.extra.get('bands_measured_to_hz', 0):.0f} Hz the file carries)\n"
            )
    if reference is not None:
        out.write(
            f"  reference  {reference.name}: {reference.integrated_lufs:.1f} LUFS, PLR {reference.plr_db:.1f} dB, "
            f"width {reference.width:.2f} (measured on {reference.note}); tonal balance, width and PLR judged "
            "against it\n"
        )
    print_findings(findings, None, target, out)
    return 0
