"""``mixassist eval``: generations for every row with content, reference metrics, the LLM judge, the report.

Each row becomes the MixContext an ask builds (its audio analysed, its history, its topic), every candidate
backend answers it, and the answers are scored against the expert's reply. A backend that could not load is
an error, not a silent rules-advisor run; answers the fallback gave are counted per candidate.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.context import MixContext
from companion.errors import BadInput, ModelUnavailable
from model.checks import false_claim_share
from training import judge as judging
from training.data import Dataset, Example, example_context
from training.metrics import MetricSetup, score, score_by_topic, settings

log = logging.getLogger(__name__)

REFERENCE = "expert"
"""The label of the expert's own reply when it joins the judged candidates (fewer than two backends)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One system to evaluate: a label for the report, a backend name and its options."""

    label: str
    backend: str
    options: dict[str, Any] = field(default_factory=dict)


def parse_candidate(spec: str) -> Candidate:
    """``NAME`` or ``NAME:key=value,key=value`` (e.g. ``llama-cpp:model=/m/judge.gguf``)."""
    name, _, rest = spec.partition(":")
    options: dict[str, Any] = {}
    for pair in filter(None, rest.split(",")):
        key, eq, value = pair.partition("=")
        if not eq or not key.strip():
            raise BadInput(f"--compare {spec!r}: options are key=value pairs after a colon")
        options[key.strip().replace("-", "_")] = value.strip()
    return Candidate(name.strip(), name.strip(), options)


def unique_labels(candidates: list[Candidate]) -> list[Candidate]:
    """The same backend twice (e.g. with and without an adapter) gets ``#2``, ``#3``."""
    seen: dict[str, int] = {}
    out = []
    for c in candidates:
        seen[c.label] = seen.get(c.label, 0) + 1
        label = c.label if seen[c.label] == 1 else f"{c.label}#{seen[c.label]}"
        out.append(Candidate(label, c.backend, c.options))
    return out


@dataclass(frozen=True, slots=True)
class EvalConfig:
    out: Path
    split: str = "test"
    limit: int | None = None
    target: str = "spotify"
    genre: str | None = None
    judge_mode: str = "auto"
    judge_seed: int = 0
    judge_retries: int = 2
    judge_include_reference: bool = False
    nltk_root: Path | None = None
    bertscore_model: str | None = None
    bertscore_layers: int | None = None


def conversation_text(example: Example) -> str:
    """The conversation as the judge reads it: earlier turns, then the amateur's latest words."""
    lines = []
    for t in example.history:
        who = "Expert" if t.role == "assistant" else "Amateur"
        lines.append(f"{who}: {t.content}")
    lines.append(f"Amateur (latest): {example.user}")
    return "\n".join(lines)


def _progress(label: str, n: int, total: int, started: float) -> None:
    if n == total or n % 10 == 0:
        print(f"{label}: {n}/{total} ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)


def generate(
    examples: list[Example], contexts: list[MixContext], label: str, advisor: Any
) -> tuple[list[str], dict[str, Any]]:
    """Each example answered by ``advisor``; the texts and the run's facts (fallbacks, time)."""
    texts: list[str] = []
    fallbacks = 0
    started = time.monotonic()
    for n, ctx in enumerate(contexts, 1):
        advice = advisor.advise(ctx)
        texts.append(advice.text.strip())
        fallbacks += advice.fallback is not None
        _progress(f"{label} answering", n, len(contexts), started)
    seconds = time.monotonic() - started
    return texts, {"fallbacks": fallbacks, "seconds_per_item": round(seconds / max(1, len(contexts)), 3)}


def check_loaded(label: str, advisor: Any) -> None:
    """A model backend that could not even load is an error here: its 'answers' would be the rules advisor's."""
    if getattr(advisor, "primary", True) is None:
        reason = getattr(advisor, "load_error", None) or "unknown reason"
        raise ModelUnavailable(f"candidate {label} could not load: {reason}")


def run_eval(
    cfg: EvalConfig,
    dataset: Dataset,
    advisors: dict[str, Any],
    candidates: list[Candidate],
    judge_client: judging.JudgeClient | None,
) -> dict[str, Any]:
    """Generate, score, judge; writes generations.jsonl, judge_raw.jsonl, report.json, report.md, plots."""
    from training.report import write_report

    examples = [e for e in dataset.examples if e.has_content]
    if cfg.limit is not None:
        examples = examples[: cfg.limit]
    if not examples:
        raise BadInput(f"the {cfg.split} split has no rows with has_content to evaluate")
    for label, advisor in advisors.items():
        check_loaded(label, advisor)
    cfg.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    contexts = []
    for n, ex in enumerate(examples, 1):
        contexts.append(example_context(ex, target=cfg.target, genre=cfg.genre))
        _progress("listening", n, len(examples), started)
    refs = [e.assistant for e in examples]
    topics = [e.topic or "unknown" for e in examples]
    answers: dict[str, list[str]] = {}
    runs: dict[str, dict[str, Any]] = {}
    for c in candidates:
        answers[c.label], runs[c.label] = generate(examples, contexts, c.label, advisors[c.label])
        runs[c.label].update(backend=c.backend, options={k: str(v) for k, v in c.options.items()})
        # issue 11: how often this backend states a number the measurement contradicts
        runs[c.label]["false_claims"] = false_claim_share(
            zip(answers[c.label], contexts, strict=True)
        ).to_dict()
    with open(cfg.out / "generations.jsonl", "w", encoding="utf-8") as fh:
        for i, ex in enumerate(examples):
            row = {"item": ex.key, "topic": topics[i], "user": ex.user, "reference": refs[i]}
            row["answers"] = {label: texts[i] for label, texts in answers.items()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    setup = MetricSetup(cfg.nltk_root, cfg.bertscore_model, cfg.bertscore_layers)
    metrics = {label: score(texts, refs, setup) for label, texts in answers.items()}
    by_topic = {label: score_by_topic(texts, refs, topics, setup) for label, texts in answers.items()}
    report: dict[str, Any] = {
        "split": cfg.split,
        "n_items": len(examples),
        "metrics": metrics,
        "metric_settings": settings(setup),
        "metric_notes": dict(setup.notes),
        "candidates": runs,
        "data": {
            "sources": list(dataset.sources),
            "counts": dataset.counts(),
            "missing_audio": dataset.missing_audio_line(),
        },
        "by_topic": {},
        "judge": None,
        "judge_note": "no judge was asked for (--judge-url URL or --judge-model FILE.gguf)",
    }
    judged = {}
    if judge_client is not None:
        judged = _judge(cfg, judge_client, examples, topics, answers, report)
    for topic in sorted(set(topics)):
        report["by_topic"][topic] = {
            "n": topics.count(topic),
            "metrics": {label: by_topic[label][topic] for label in answers},
            "judge_avg_rank": (judged.get(topic) or {}).get("avg_rank"),
        }
    report["runtime_s"] = round(time.monotonic() - started, 1)
    write_report(cfg.out, report)
    return report


def _judge(
    cfg: EvalConfig,
    client: judging.JudgeClient,
    examples: list[Example],
    topics: list[str],
    answers: dict[str, list[str]],
    report: dict[str, Any],
) -> dict[str, dict[str, Any]]:
    names = list(answers)
    with_reference = len(names) < 2
    if with_reference:
        names.append(REFERENCE)
    items = []
    for i, ex in enumerate(examples):
        cands = {label: texts[i] for label, texts in answers.items()}
        if with_reference:
            cands[REFERENCE] = ex.assistant
        items.append(judging.JudgeItem(ex.key, topics[i], conversation_text(ex), ex.assistant, cands))
    started = time.monotonic()
    judgments = judging.run_judge(
        client,
        items,
        mode=cfg.judge_mode,
        seed=cfg.judge_seed,
        retries=cfg.judge_retries,
        include_reference=cfg.judge_include_reference and not with_reference,
        on_progress=lambda n, total: _progress("judging", n, total, started),
    )
    with open(cfg.out / "judge_raw.jsonl", "w", encoding="utf-8") as fh:
        for j in judgments:
            fh.write(json.dumps(j.to_dict(), ensure_ascii=False) + "\n")
    agg = judging.aggregate(judgments, names, mode=cfg.judge_mode, model=client.name, seed=cfg.judge_seed)
    agg["retries"] = cfg.judge_retries
    agg["include_reference"] = cfg.judge_include_reference and not with_reference
    agg["reference_as_candidate"] = with_reference
    report["judge"] = agg
    report["judge_note"] = (
        "one system only: the expert's reply was ranked beside it as the candidate 'expert'"
        if with_reference
        else None
    )
    return judging.aggregate_by_topic(judgments, names, mode=cfg.judge_mode)
