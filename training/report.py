"""``report.json``, ``report.md`` and the plots of ``mixassist eval``."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

METRIC_LABELS = {"bleu": "BLEU", "rouge_l": "ROUGE-L", "meteor": "METEOR", "bertscore": "BERTScore F"}
PAPER_FINETUNED = {"bleu": 0.0631, "meteor": 0.1504, "rouge_l": 0.1071, "bertscore": 0.8482}
"""The MixAssist paper's fine-tuned Qwen on its test split, for orientation (its settings are unpublished)."""


def _fmt(value: Any, digits: int = 4) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return lines


def markdown(report: dict[str, Any], plots: list[str]) -> str:
    labels = list(report["metrics"])
    out = [f"# MixAssist evaluation: {report['split']} split, {report['n_items']} items", ""]
    counts = report["data"]["counts"]
    out.append(
        f"Data: {', '.join(report['data']['sources'])} ({counts['rows']} rows, {report['n_items']} with content evaluated)."
    )
    if report["data"].get("missing_audio"):
        out.append(f"Audio: {report['data']['missing_audio']}.")
    out += ["", "## Reference metrics (0..1)", ""]
    rows = [[label, *[_fmt(report["metrics"][label].get(m)) for m in METRIC_LABELS]] for label in labels]
    rows.append(["paper: fine-tuned Qwen", *[_fmt(PAPER_FINETUNED[m]) for m in METRIC_LABELS]])
    out += _table(["candidate", *METRIC_LABELS.values()], rows)
    out += ["", "Settings:", ""]
    out += [f"- {METRIC_LABELS[k]}: {v}" for k, v in report["metric_settings"].items()]
    out += ["", "## Candidates", ""]
    cand_rows = [
        [
            label,
            c["backend"],
            ", ".join(f"{k}={v}" for k, v in c["options"].items()) or "-",
            str(c["fallbacks"]),
            _fmt(c["seconds_per_item"], 2),
            _fmt(c["false_claims"]["share"], 3),
            f"{c['false_claims']['false_claims']}/{c['false_claims']['claims']}",
        ]
        for label, c in report["candidates"].items()
    ]
    out += _table(
        [
            "candidate",
            "backend",
            "options",
            "answered by the fallback",
            "s per item",
            "answers with a false number",
            "false/checked claims",
        ],
        cand_rows,
    )
    judge = report.get("judge")
    out += ["", "## LLM judge", ""]
    if judge is None:
        out.append(report.get("judge_note") or "No judge.")
    else:
        out.append(
            f"Judge `{judge['model']}`, mode {judge['mode']}, seed {judge['seed']}, {judge['retries']} retries; "
            f"{judge['items']} items judged from {judge['judgments']} judgments; "
            f"{judge['parse_failures']} unparseable and {judge['call_failures']} failed calls, left out (never guessed). "
            f"Inconsistency between orders: {_fmt(judge['inconsistency_rate'], 3)}; "
            f"share ranked first when shown first: {_fmt(judge['first_position_share'], 3)}."
        )
        if report.get("judge_note"):
            out.append("")
            out.append(report["judge_note"] + ".")
        out.append("")
        names = list(judge["avg_rank"])
        out += _table(
            ["candidate", "average rank (1 = best)", "share ranked first"],
            [[n, _fmt(judge["avg_rank"][n], 3), _fmt(judge["first_share"][n], 3)] for n in names],
        )
    out += ["", "## Per topic", ""]
    head = [
        "topic",
        "n",
        *[f"{label} {METRIC_LABELS[m]}" for label in labels for m in ("bleu", "rouge_l", "meteor")],
    ]
    if judge is not None:
        head += [f"{n} rank" for n in judge["avg_rank"]]
    topic_rows = []
    for topic, t in report["by_topic"].items():
        row = [topic, str(t["n"])]
        row += [_fmt(t["metrics"][label].get(m)) for label in labels for m in ("bleu", "rouge_l", "meteor")]
        if judge is not None:
            ranks = t.get("judge_avg_rank") or {}
            row += [_fmt(ranks.get(n), 3) for n in judge["avg_rank"]]
        topic_rows.append(row)
    out += _table(head, topic_rows)
    if report.get("metric_notes"):
        out += ["", "## Not computed", ""]
        out += [f"- {v}" for v in report["metric_notes"].values()]
    if plots:
        out += ["", "## Plots", ""]
        out += [f"![{p}]({p})" for p in plots]
    return "\n".join(out) + "\n"


def plots(folder: Path, report: dict[str, Any]) -> list[str]:
    """metrics.png (and judge.png with a judge); none, with a log line, without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log.warning("matplotlib is not installed: report without plots")
        return []
    import numpy as np

    made = []
    labels = list(report["metrics"])
    metrics = [m for m in METRIC_LABELS if any(report["metrics"][c].get(m) is not None for c in labels)]
    fig, ax = plt.subplots(figsize=(7, 3.8), dpi=100)
    width = 0.8 / max(1, len(labels))
    x = np.arange(len(metrics))
    for i, label in enumerate(labels):
        vals = [report["metrics"][label].get(m) or 0.0 for m in metrics]
        ax.bar(x + i * width, vals, width, label=label)
    ax.set_xticks(x + width * (len(labels) - 1) / 2, [METRIC_LABELS[m] for m in metrics])
    ax.set_ylabel("score (0..1)")
    ax.set_title(f"Reference metrics, {report['split']} split ({report['n_items']} items)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(folder / "metrics.png")
    plt.close(fig)
    made.append("metrics.png")
    judge = report.get("judge")
    if judge is not None and any(v is not None for v in judge["avg_rank"].values()):
        names = list(judge["avg_rank"])
        fig, ax = plt.subplots(figsize=(6, 3.5), dpi=100)
        ax.bar(names, [judge["avg_rank"][n] or 0.0 for n in names])
        ax.set_ylabel("average rank (1 = best)")
        ax.set_title(f"LLM judge ({judge['model']}), {judge['items']} items")
        fig.tight_layout()
        fig.savefig(folder / "judge.png")
        plt.close(fig)
        made.append("judge.png")
    return made


def write_report(folder: Path, report: dict[str, Any]) -> None:
    made = plots(folder, report)
    report["plots"] = made
    (folder / "report.json").write_text(
        json.dumps(report, indent=2, allow_nan=False) + "\n", encoding="utf-8"
    )
    (folder / "report.md").write_text(markdown(report, made), encoding="utf-8")
