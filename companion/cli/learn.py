"""``mixassist train`` and ``mixassist eval``: the learning loop's commands (the work is in training/)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from companion.config import load_config
from companion.errors import BadInput

EVAL_TEMPERATURE = 0.0
"""Greedy decoding unless told otherwise: an evaluation should give the same answers twice."""


def _check_genre(genre: str | None) -> None:
    if genre is not None:
        from companion.listening.reference_curves import genre_family

        genre_family(genre)


def _load(args: argparse.Namespace, split: str) -> Any:
    from training.data import load_dataset

    if args.data is None and args.sessions is None:
        raise BadInput("give --data DIR|HF_ID (the MixAssist layout), --sessions [NAME...], or both")
    dataset = load_dataset(
        args.data, split=split, sessions=args.sessions, audio_root=args.audio_root, download=args.download
    )
    line = dataset.missing_audio_line()
    if line:
        print(f"mixassist: {line}", file=sys.stderr)
    for note in dataset.notes:
        print(f"mixassist: {note}", file=sys.stderr)
    return dataset


def cmd_train(args: argparse.Namespace) -> int:
    from training.lora import TrainConfig, train

    _check_genre(args.genre)
    cfg = TrainConfig(
        model=args.model,
        out=args.out,
        epochs=args.epochs,
        max_steps=args.max_steps,
        lr=args.lr,
        batch_size=args.batch_size,
        grad_accum=args.grad_accum,
        lora_r=args.lora_r,
        lora_alpha=args.lora_alpha,
        lora_dropout=args.lora_dropout,
        max_length=args.max_length,
        load_in_4bit=args.load_in_4bit,
        gradient_checkpointing=not args.no_gradient_checkpointing,
        save_steps=args.save_steps,
        resume=args.resume,
        merge=args.merge,
        seed=args.seed,
        cpu=args.cpu,
        target=args.target,
        genre=args.genre,
    )
    cfg.check()
    train_set = _load(args, args.split)
    eval_set = None
    if args.data is not None and args.eval_split != "none":
        from training.data import load_dataset

        try:
            eval_set = load_dataset(args.data, split=args.eval_split, audio_root=args.audio_root)
        except BadInput as exc:
            print(f"mixassist: no eval loss: {exc}", file=sys.stderr)
    report = train(cfg, train_set, eval_set)
    if not report:  # another process of an `accelerate launch` run: the main one reports
        return 0
    out = Path(args.out)
    loss = report["loss"]
    change = f"loss {loss[0]:.3f} -> {loss[-1]:.3f}" if loss else "no loss logged"
    eval_loss = f", eval loss {report['eval_loss']:.3f}" if report["eval_loss"] is not None else ""
    sys.stdout.write(
        f"Adapter written to {out} ({report['steps']} steps on {report['examples']} examples; {change}{eval_loss}).\n"
        f"Report: {out / 'train_report.json'}"
        + (f", plot: {out / report['plot']}" if report["plot"] else "")
        + "\n"
    )
    if report.get("merged"):
        sys.stdout.write(f"Merged model (serve this folder, e.g. with vLLM): {report['merged']}\n")
    sys.stdout.write(
        f"Use it: mixassist ask --backend qwen-audio --model {args.model} --adapter {out} --audio MIX.wav\n"
    )
    return 0


def _options(backend: str, config: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    table = dict(config.get("model") or {})
    options = {k: v for k, v in table.items() if not isinstance(v, dict)}
    options.update(table.get(backend) or {})
    options.update({k: v for k, v in extra.items() if v is not None})
    return options


def cmd_eval(args: argparse.Namespace) -> int:
    from companion.session import data_dir
    from model.registry import BACKENDS, advisor_options, create_advisor
    from training.evaluate import Candidate, EvalConfig, parse_candidate, run_eval, unique_labels
    from training.judge_clients import make_judge

    config = load_config()
    _check_genre(args.genre)
    if args.limit is not None and args.limit < 1:
        raise BadInput("--limit must be 1 or more")
    if args.judge_retries < 0:
        raise BadInput("--judge-retries must be 0 or more")
    backend = args.backend or config["backend"]
    generation = {
        "temperature": EVAL_TEMPERATURE if args.temperature is None else args.temperature,
        "max_new_tokens": args.max_new_tokens,
        "seed": 0,
    }
    candidates = [Candidate(backend, backend, advisor_options(args, config))]
    candidates += [parse_candidate(spec) for spec in args.compare]
    candidates = unique_labels(candidates)
    for c in candidates:
        if c.backend not in BACKENDS:
            raise BadInput(f"unknown backend {c.backend!r} (choose from {', '.join(BACKENDS)})")
    judge = make_judge(args.judge_url, args.judge_model, timeout_s=args.judge_timeout)
    dataset = _load(args, args.split)
    advisors = {}
    for i, c in enumerate(candidates):
        opts = c.options if i == 0 else _options(c.backend, config, c.options)
        advisors[c.label] = create_advisor(
            c.backend, {**opts, **{k: v for k, v in generation.items() if v is not None}}
        )
    cfg = EvalConfig(
        out=Path(args.out).expanduser(),
        split=args.split,
        limit=args.limit,
        target=args.target or config["target"],
        genre=args.genre or config["genre"],
        judge_mode=args.judge_mode,
        judge_seed=args.judge_seed,
        judge_retries=args.judge_retries,
        judge_include_reference=args.judge_include_reference,
        nltk_root=data_dir() / "nltk_data",
        bertscore_model=args.bertscore_model,
        bertscore_layers=args.bertscore_layers,
    )
    report = run_eval(cfg, dataset, advisors, candidates, judge)
    out = sys.stdout
    out.write(f"{report['split']}: {report['n_items']} items; report in {cfg.out / 'report.md'}\n")
    for label, m in report["metrics"].items():
        shown = ", ".join(f"{k} {'n/a' if v is None else f'{v:.4f}'}" for k, v in m.items())
        out.write(f"  {label}: {shown}\n")
    for note in report["metric_notes"].values():
        print(f"mixassist: {note}", file=sys.stderr)
    for label, run in report["candidates"].items():
        if run["fallbacks"]:
            print(
                f"mixassist: {label}: {run['fallbacks']} of {report['n_items']} answers came from the built-in "
                "advisor (the model could not answer): those scores are not the model's",
                file=sys.stderr,
            )
    judged = report.get("judge")
    if judged is not None:
        ranks = ", ".join(f"{n} {'n/a' if r is None else f'{r:.2f}'}" for n, r in judged["avg_rank"].items())
        out.write(
            f"  judge {judged['model']}: average rank {ranks} ({judged['items']} items, "
            f"{judged['parse_failures']} unparseable, {judged['call_failures']} failed calls)\n"
        )
        if judged["items"] == 0:
            print(
                f"mixassist: the judge gave no usable ranking ({judged['first_error']}; see judge_raw.jsonl)",
                file=sys.stderr,
            )
            return 1
    return 0
