"""Truth-check benchmark: precision and recall of false-claim detection on the claim bank, and its speed.

Quality: every answer of benchmarks/data/claim_bank.json is checked (``model.checks.check_answer``) against its
frozen context. A predicted claim matches an expected one when quantity (for band claims: any band), track
(case-insensitive) and stated value (within 0.05) agree. Detection of *false* claims is scored at two levels:
claims (a claim the bank says is false, reported false by the checker) and answers (an answer with at least one
false claim, which is what ``mixassist eval`` counts). Goal (issue 11): precision and recall >= 95 %, reported
for the tuning split and for the held-out third, which the checker was never tuned on.

Speed: the checker's time per answer against two baselines in the same process: a naive one-regex-per-quantity
extractor (what a first attempt looks like: no roles, no tracks), and the time of the rest of a rules ask on the
demo session (analysis + diagnosis + answer). Goal: <= 5 ms per answer. A measurement: always exits 0.

    .venv/bin/python benchmarks/claim_checks.py [--repeat 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.claim_bank import SPLITS, Bank, BankAnswer, ExpectedCheck, load_bank
from model.checks import Check, check_answer

GOAL = 0.95
SPEED_GOAL_MS = 5.0
STATED_MATCH = 0.05
LONG_ANSWER_CHARS = 1300
"""About the longest answer a model writes at the default 320 new tokens."""


def _same(expected: ExpectedCheck, got: Check) -> bool:
    band = expected.quantity.startswith("balance_vs_target_db.")
    quantity_ok = (
        got.quantity.startswith("balance_vs_target_db.") if band else got.quantity == expected.quantity
    )
    track_ok = (expected.track or "").lower() == (got.track or "").lower()
    return quantity_ok and track_ok and abs(expected.stated - got.stated) <= STATED_MATCH


def score_answer(answer: BankAnswer, checks: tuple[Check, ...]) -> dict[str, Any]:
    """Claim-level counts for one answer: false claims found, missed and wrongly reported."""
    expected_false = [e for e in answer.expected if not e.ok]
    got_false = [c for c in checks if not c.ok]
    hit = sum(any(_same(e, c) for c in got_false) for e in expected_false)
    wrong = [c for c in got_false if not any(_same(e, c) for e in expected_false)]
    missed = [e for e in expected_false if not any(_same(e, c) for c in got_false)]
    return {
        "id": answer.id,
        "tp": hit,
        "fp": len(wrong),
        "fn": len(missed),
        "wrong": [c.to_dict() for c in wrong],
        "missed": [
            {"quantity": e.quantity, "track": e.track, "stated": e.stated, "ok": e.ok} for e in missed
        ],
        "answer_expected": answer.has_false_claim,
        "answer_flagged": bool(got_false),
        "true_claims_expected": sum(e.ok for e in answer.expected),
        "true_claims_found": sum(any(_same(e, c) and c.ok for c in checks) for e in answer.expected if e.ok),
    }


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def score_split(bank: Bank, split: str) -> dict[str, Any]:
    rows = [score_answer(a, check_answer(a.text, bank.contexts[a.context_name])) for a in bank.split(split)]
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    a_tp = sum(r["answer_expected"] and r["answer_flagged"] for r in rows)
    a_fp = sum(not r["answer_expected"] and r["answer_flagged"] for r in rows)
    a_fn = sum(r["answer_expected"] and not r["answer_flagged"] for r in rows)
    return {
        "split": split,
        "answers": len(rows),
        "false_claims_expected": tp + fn,
        "claim_precision": _ratio(tp, tp + fp),
        "claim_recall": _ratio(tp, tp + fn),
        "answer_precision": _ratio(a_tp, a_tp + a_fp),
        "answer_recall": _ratio(a_tp, a_tp + a_fn),
        "true_claims_found": sum(r["true_claims_found"] for r in rows),
        "true_claims_expected": sum(r["true_claims_expected"] for r in rows),
        "errors": [r for r in rows if r["fp"] or r["fn"]],
    }


# ---------------------------------------------------------------- speed

_NAIVE = {
    "integrated_lufs": re.compile(r"([+-]?\d+(?:\.\d+)?)\s*LUFS", re.IGNORECASE),
    "lra_lu": re.compile(r"LRA[^.\d]{0,20}([+-]?\d+(?:\.\d+)?)", re.IGNORECASE),
    "true_peak_dbtp": re.compile(r"([+-]?\d+(?:\.\d+)?)\s*dBTP", re.IGNORECASE),
    "sample_peak_dbfs": re.compile(r"([+-]?\d+(?:\.\d+)?)\s*dBFS", re.IGNORECASE),
    "plr_db": re.compile(r"PLR[^.\d]{0,20}([+-]?\d+(?:\.\d+)?)", re.IGNORECASE),
    "crest_db": re.compile(r"crest[^.\d]{0,20}([+-]?\d+(?:\.\d+)?)", re.IGNORECASE),
    "stereo.correlation": re.compile(r"correlat\w*[^.\d]{0,20}([+-]?\d*\.\d+)", re.IGNORECASE),
    "stereo.width": re.compile(r"width[^.\d]{0,20}(\d*\.\d+)", re.IGNORECASE),
}


def naive_claims(text: str) -> list[tuple[str, float]]:
    """The baseline: one regular expression per quantity, every match a claim (no roles, no tracks)."""
    return [(q, float(m.group(1))) for q, pattern in _NAIVE.items() for m in pattern.finditer(text)]


def _per_call_ms(fn: Any, items: list[Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            fn(item)
        times.append((time.perf_counter() - t0) / len(items) * 1000.0)
    return statistics.median(times)


def speed(bank: Bank, repeat: int) -> dict[str, float]:
    from companion.app import Companion
    from companion.synth.demo import build_demo

    pairs = [(a.text, bank.contexts[a.context_name]) for a in bank.answers]
    check_ms = _per_call_ms(lambda p: check_answer(*p), pairs, repeat)
    worst_ms = max(_per_call_ms(lambda p: check_answer(*p), [p], max(5, repeat // 10)) for p in pairs)
    naive_ms = _per_call_ms(lambda p: naive_claims(p[0]), pairs, repeat)
    demo_ctx = bank.contexts["demo"]
    longest = " ".join(a.text for a in bank.answers if a.context_name == "demo")[:LONG_ANSWER_CHARS]
    long_ms = _per_call_ms(lambda t: check_answer(t, demo_ctx), [longest], max(5, repeat // 10))
    long_naive_ms = _per_call_ms(naive_claims, [longest], max(5, repeat // 10))
    demo = build_demo()
    companion = Companion(genre=demo.genre)
    t0 = time.perf_counter()
    for _ in range(3):
        companion.history.clear()
        result = companion.ask("What do you hear?", clip=demo.clip, snapshot=demo.snapshot)
    ask_ms = (time.perf_counter() - t0) / 3 * 1000.0
    rules_ms = _per_call_ms(lambda _: check_answer(result.advice.text, result.context), [0], repeat)
    return {
        "check_ms_per_answer": check_ms,
        "check_ms_worst_answer": worst_ms,
        "naive_regex_ms_per_answer": naive_ms,
        "rules_ask_ms": ask_ms,
        "check_ms_on_the_demo_answer": rules_ms,
        "check_ms_longest_answer": long_ms,
        "naive_regex_ms_longest_answer": long_naive_ms,
    }


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:.1f} %"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="timing repetitions (default 200)")
    parser.add_argument("--no-speed", action="store_true", help="quality only")
    parser.add_argument("--json", type=Path, default=None, help="write the full results here")
    args = parser.parse_args(argv)
    bank = load_bank()
    result: dict[str, Any] = {"splits": {s: score_split(bank, s) for s in SPLITS}}
    print(f"claim bank: {len(bank.answers)} answers, {sum(len(a.expected) for a in bank.answers)} claims")
    for name, r in result["splits"].items():
        print(
            f"{name:9s} {r['answers']:3d} answers, {r['false_claims_expected']:3d} false claims: "
            f"claims precision {_pct(r['claim_precision'])} recall {_pct(r['claim_recall'])}; "
            f"answers precision {_pct(r['answer_precision'])} recall {_pct(r['answer_recall'])}; "
            f"true claims found {r['true_claims_found']}/{r['true_claims_expected']}"
        )
        for row in r["errors"]:
            for c in row["wrong"]:
                print(f"   {row['id']}: reported false, the bank says not: {c}")
            for e in row["missed"]:
                print(f"   {row['id']}: missed false claim {e}")
    bars = [r[k] for r in result["splits"].values() for k in ("claim_precision", "claim_recall")]
    quality_pass = all(b is not None and b >= GOAL for b in bars)
    if not args.no_speed:
        s = speed(bank, max(1, args.repeat))
        result["speed"] = s
        print(
            f"speed: {s['check_ms_per_answer']:.3f} ms per answer (worst {s['check_ms_worst_answer']:.3f} ms), "
            f"naive regex baseline {s['naive_regex_ms_per_answer']:.3f} ms "
            f"(x{s['check_ms_per_answer'] / max(s['naive_regex_ms_per_answer'], 1e-9):.1f}); "
            f"a rules ask on the demo {s['rules_ask_ms']:.0f} ms, its check {s['check_ms_on_the_demo_answer']:.3f} ms "
            f"({s['check_ms_on_the_demo_answer'] / s['rules_ask_ms'] * 100:.2f} % of the ask); goal <= {SPEED_GOAL_MS:g} ms"
        )
        print(
            f"longest answer ({LONG_ANSWER_CHARS} characters, ~320 tokens): {s['check_ms_longest_answer']:.3f} ms, "
            f"naive regex {s['naive_regex_ms_longest_answer']:.3f} ms"
        )
        quality_pass = (
            quality_pass and max(s["check_ms_worst_answer"], s["check_ms_longest_answer"]) <= SPEED_GOAL_MS
        )
    result["pass"] = quality_pass
    print("PASS" if quality_pass else "FAIL")
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
