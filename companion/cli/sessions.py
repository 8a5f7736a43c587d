"""``mixassist sessions list|show|export|feedback``: the user's own recorded exchanges."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import Any, TextIO

from companion.errors import BadInput
from companion.session import SessionLog, list_sessions

WRAP = 100


def _mb(size_bytes: int) -> str:
    return f"{size_bytes / 2**20:.1f} MB"


def _list(args: argparse.Namespace, out: TextIO) -> int:
    sessions = list_sessions()
    if args.json:
        json.dump([s.to_dict() for s in sessions], out, indent=2)
        out.write("\n")
        return 0
    if not sessions:
        out.write("No sessions recorded yet (every `mixassist ask` is kept unless --no-record).\n")
        return 0
    out.write(
        f"{'session':28s} {'turns':>5s} {'content':>7s} {'up':>3s} {'down':>4s} {'fixed':>5s} {'size':>9s}  last\n"
    )
    for s in sessions:
        out.write(
            f"{s.name:28s} {s.rows:5d} {s.with_content:7d} {s.up:3d} {s.down:4d} {s.corrected:5d} "
            f"{_mb(s.size_bytes):>9s}  {s.last_at or '-'}\n"
        )
        if s.broken_lines:
            out.write(f"  ({s.broken_lines} broken line(s) skipped: a write cut short by a crash)\n")
    return 0


def _show(args: argparse.Namespace, out: TextIO) -> int:
    log = SessionLog.existing(args.id)
    rows = log.rows()
    if args.json:
        json.dump(
            {"session": log.name, "path": str(log.folder), "rows": rows}, out, indent=2, allow_nan=False
        )
        out.write("\n")
        return 0
    out.write(f"Session {log.name} ({log.folder}), {len(rows)} exchange(s)\n")
    conversation = None
    for r in rows:
        if r["conversation_id"] != conversation:
            conversation = r["conversation_id"]
            out.write(f"\n== conversation {conversation}\n")
        flags = [r["topic"], r.get("backend") or "?"]
        if not r.get("has_content"):
            flags.append("no content")
        if r.get("feedback"):
            flags.append(f"rated {r['feedback']}")
        out.write(f"\n[turn {r['turn_id']}] ({', '.join(flags)}) {r.get('created_at') or ''}\n")
        out.write(f"  You: {r['user']}\n")
        out.write(textwrap.indent(textwrap.fill(r["assistant"], WRAP - 4), "    ") + "\n")
        if r.get("corrected_assistant"):
            out.write("  Your correction:\n")
            out.write(textwrap.indent(textwrap.fill(r["corrected_assistant"], WRAP - 4), "    ") + "\n")
        if r.get("audio_file"):
            out.write(f"  audio: {r['audio_file']}\n")
    return 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from training.export import export_sessions

    summary = export_sessions(
        Path(args.out).expanduser(),
        names=args.session,
        fmt=args.format,
        split=args.split,
        keep_original=args.keep_original,
    )
    out.write(
        f"Exported {summary.rows} exchange(s) from {summary.sessions} session(s) to {summary.path} "
        f"({summary.audio_files} clip(s) copied, {summary.corrected} correction(s) "
        f"{'kept beside the original' if args.keep_original else 'used as the answer'}).\n"
    )
    if summary.missing_audio:
        print(f"mixassist: {summary.missing_audio} clip(s) named by the log were missing", file=sys.stderr)
    return 0


def _feedback(args: argparse.Namespace, out: TextIO) -> int:
    if args.turn < 0:
        raise BadInput("TURN is a turn number, 0 or more")
    log = SessionLog.existing(args.id)
    value = None if args.value == "none" else args.value
    row: dict[str, Any] = log.feedback(args.turn, value, args.correction, conversation_id=args.conversation)
    said = f"rated {value}" if value else "rating cleared"
    if row.get("corrected_assistant"):
        said += ", with your correction"
    out.write(f"Turn {row['turn_id']} of {log.name} ({row['conversation_id']}): {said}.\n")
    return 0


def cmd_sessions(args: argparse.Namespace) -> int:
    actions = {"list": _list, "show": _show, "export": _export, "feedback": _feedback}
    action = getattr(args, "sessions_command", None)
    if action not in actions:
        raise BadInput("choose an action: mixassist sessions list, show, export or feedback")
    return actions[action](args, sys.stdout)
