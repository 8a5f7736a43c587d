"""The LLM judge: candidates ranked by a model, the way the MixAssist paper compared systems, minus its flaws.

The authors' judge turns any parse or API error into a random ranking counted as valid, shows one order per
sample, and its own output spec does not parse (shared/notes/mixassist-data.md). Here: the candidates are
shown as "Response A", "Response B"... in seeded orders, every order (or, past three candidates, each pair
both ways) so position bias shows as an inconsistency rate; the reply must hold JSON
``{"ranking": [...], "reasons": "..."}`` whose ranking is a permutation of the shown labels; an unusable
reply is retried a few times at temperature 0, then counted in ``parse_failures`` and left out, never
replaced by a guess. Every raw reply is kept.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

log = logging.getLogger(__name__)

MODES = ("auto", "all-orders", "pairs", "single")
ALL_ORDERS_MAX = 3
"""Up to three candidates every order is judged (3! = 6 calls); past that each pair both ways."""

SYSTEM_PROMPT = """You judge replies in a music mixing session: an amateur mixes a song and an expert producer \
sits beside them. Rank the candidate replies by how well each does what that expert would do next.

Criteria, most important first:
1. Technical accuracy: correct for music production (frequencies, levels, dynamics, effects, the DAW).
2. Helpfulness: it addresses what the amateur just said with practical, specific advice (what to change, by \
how much, and why), or asks one short clarifying question when the request is genuinely unclear instead of \
guessing.
3. Conversational fluency: natural, concise and decisive, as spoken beside the amateur; no lecture, no list \
of options, no sign-off.

Rank every response, even when the difference is slight. Reply with only a JSON object:
{"ranking": ["<best label>", "...", "<worst label>"], "reasons": "<one or two sentences>"}
where the labels are the letters of the responses (for example "B")."""

RETRY_PROMPT = (
    "That reply could not be used ({reason}). Reply with only the JSON object "
    '{{"ranking": [{labels}], "reasons": "..."}}, listing each of the letters {plain} exactly once, best first.'
)


class JudgeCallError(RuntimeError):
    """The judge could not be asked (timeout, refused, HTTP error)."""


class ParseFailure(ValueError):
    """A reply that holds no valid ranking."""


class JudgeClient(Protocol):
    name: str

    def complete(self, messages: list[dict[str, str]]) -> str:
        """The judge's reply text (temperature 0); raises JudgeCallError."""
        ...


@dataclass(frozen=True, slots=True)
class JudgeItem:
    """One item: the conversation so far, the expert's reply, and each candidate's reply by name."""

    key: str
    topic: str
    conversation: str
    reference: str
    candidates: dict[str, str]


@dataclass(slots=True)
class Judgment:
    """One call (with its retries) on one item in one order."""

    item: str
    topic: str
    order: tuple[str, ...]  # candidate names in the order shown (A, B, ...)
    ranking: tuple[str, ...] | None = None  # candidate names, best first
    outcome: str = "ok"  # ok | parse_failure | call_failure
    error: str | None = None
    replies: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "topic": self.topic,
            "shown": {
                letter: name for letter, name in zip(labels_for(len(self.order)), self.order, strict=True)
            },
            "ranking": list(self.ranking) if self.ranking else None,
            "outcome": self.outcome,
            "error": self.error,
            "replies": self.replies,
        }


def labels_for(n: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(n)]


# ---------------------------------------------------------------- orders


def resolve_mode(mode: str, n_candidates: int) -> str:
    if mode not in MODES:
        raise ValueError(f"judge mode {mode!r} not in {MODES}")
    if mode == "auto":
        return "all-orders" if n_candidates <= ALL_ORDERS_MAX else "pairs"
    return mode


def orders_for(names: Sequence[str], mode: str, rng: random.Random) -> list[tuple[str, ...]]:
    """The display orders judged for one item, in a seeded random sequence."""
    names = sorted(names)
    if mode == "all-orders":
        orders = list(itertools.permutations(names))
    elif mode == "pairs":
        orders = [o for a, b in itertools.combinations(names, 2) for o in ((a, b), (b, a))]
    elif mode == "single":
        orders = [tuple(rng.sample(names, len(names)))]
    else:
        raise ValueError(f"judge mode {mode!r}")
    rng.shuffle(orders)
    return orders


# ---------------------------------------------------------------- prompt and parsing


def judge_messages(item: JudgeItem, order: Sequence[str], include_reference: bool) -> list[dict[str, str]]:
    parts = [f"CONVERSATION SO FAR:\n{item.conversation}"]
    if include_reference:
        parts.append(f"WHAT THE EXPERT ACTUALLY SAID NEXT (a reference, not a candidate):\n{item.reference}")
    for letter, name in zip(labels_for(len(order)), order, strict=True):
        parts.append(f"Response {letter}:\n{item.candidates[name]}")
    letters = ", ".join(labels_for(len(order)))
    parts.append(f"Rank Responses {letters}. Reply with only the JSON object.")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "\n\n".join(parts)}]


_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)
_LABEL = re.compile(r"^(?:response\s+)?([A-Z])$", re.IGNORECASE)


def _json_objects(text: str) -> list[Any]:
    """Every JSON object in ``text``: fenced blocks first, then each ``{`` that starts a decodable object."""
    found: list[Any] = []
    decoder = json.JSONDecoder()
    for block in [*_FENCE.findall(text), text]:
        for start in (m.start() for m in re.finditer(r"\{", block)):
            try:
                obj, _end = decoder.raw_decode(block, start)
            except ValueError:
                continue
            if isinstance(obj, dict):
                found.append(obj)
    return found


def _label(value: Any) -> str:
    if not isinstance(value, str):
        raise ParseFailure(f"ranking entry {value!r} is not a letter")
    m = _LABEL.match(value.strip().strip("\"'.:()[] "))
    if not m:
        raise ParseFailure(f"ranking entry {value!r} is not a response letter")
    return m.group(1).upper()


def _ranking_of(obj: dict[str, Any]) -> list[Any] | None:
    if "ranking" in obj:
        ranking = obj["ranking"]
        if not isinstance(ranking, list):
            raise ParseFailure("'ranking' is not a list")
        return ranking
    ranks = {k: v for k, v in obj.items() if re.fullmatch(r"rank_\d+", str(k))}  # the authors' own format
    if ranks:
        return [ranks[k] for k in sorted(ranks, key=lambda k: int(k.split("_")[1]))]
    return None


def parse_ranking(reply: str, labels: Sequence[str]) -> list[str]:
    """The ranking (letters, best first) in a judge's reply: a fenced block, JSON inside prose, or bare
    JSON. It must be a permutation of ``labels``; anything else raises ParseFailure with the reason."""
    reason = "no JSON object in the reply"
    for obj in _json_objects(reply or ""):
        try:
            ranking = _ranking_of(obj)
            if ranking is None:
                reason = "the JSON has no 'ranking'"
                continue
            letters = [_label(v) for v in ranking]
        except ParseFailure as exc:
            reason = str(exc)
            continue
        if sorted(letters) != sorted(labels) or len(set(letters)) != len(letters):
            reason = f"ranking {letters} is not a permutation of {list(labels)}"
            continue
        return letters
    raise ParseFailure(reason)


# ---------------------------------------------------------------- running


def judge_once(
    client: JudgeClient, item: JudgeItem, order: tuple[str, ...], *, include_reference: bool, retries: int
) -> Judgment:
    """Ask, parse, and retry (with the reason) up to ``retries`` more times."""
    labels = labels_for(len(order))
    base = judge_messages(item, order, include_reference)
    messages = list(base)
    judgment = Judgment(item.key, item.topic, order)
    for _attempt in range(retries + 1):
        try:
            reply = client.complete(messages)
        except JudgeCallError as exc:
            judgment.outcome, judgment.error = "call_failure", str(exc)
            judgment.replies.append(f"<call failed: {exc}>")
            continue
        judgment.replies.append(reply)
        try:
            letters = parse_ranking(reply, labels)
        except ParseFailure as exc:
            judgment.outcome, judgment.error = "parse_failure", str(exc)
            plain = ", ".join(labels)
            quoted = ", ".join(f'"{x}"' for x in labels)
            retry = RETRY_PROMPT.format(reason=exc, labels=quoted, plain=plain)
            messages = [*base, {"role": "assistant", "content": reply}, {"role": "user", "content": retry}]
            continue
        by_letter = dict(zip(labels, order, strict=True))
        judgment.ranking = tuple(by_letter[x] for x in letters)
        judgment.outcome, judgment.error = "ok", None
        return judgment
    return judgment


def run_judge(
    client: JudgeClient,
    items: Sequence[JudgeItem],
    *,
    mode: str = "auto",
    seed: int = 0,
    retries: int = 2,
    include_reference: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[Judgment]:
    """Every item judged in its seeded orders; the judgments in the order they were made."""
    rng = random.Random(seed)
    out: list[Judgment] = []
    for n, item in enumerate(items, 1):
        resolved = resolve_mode(mode, len(item.candidates))
        for order in orders_for(list(item.candidates), resolved, rng):
            out.append(judge_once(client, item, order, include_reference=include_reference, retries=retries))
        if on_progress is not None:
            on_progress(n, len(items))
    return out


# ---------------------------------------------------------------- aggregation


def _mean_or_none(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 4) if values else None


def _full_order_scores(
    good: list[Judgment], names: list[str]
) -> tuple[dict[str, list[float]], dict[str, list[float]], list[bool]]:
    """Per candidate: each item's mean rank and its share of orders ranking it first; per item: consistent?"""
    ranks: dict[str, list[float]] = {n: [] for n in names}
    firsts: dict[str, list[float]] = {n: [] for n in names}
    consistent: list[bool] = []
    by_item: dict[str, list[Judgment]] = {}
    for j in good:
        by_item.setdefault(j.item, []).append(j)
    for js in by_item.values():
        for name in names:
            ranks[name].append(statistics.fmean(j.ranking.index(name) + 1 for j in js))  # type: ignore[union-attr]
            firsts[name].append(statistics.fmean(j.ranking[0] == name for j in js))  # type: ignore[index]
        if len(js) > 1:
            consistent.append(len({j.ranking for j in js}) == 1)
    return ranks, firsts, consistent


def _pair_scores(
    good: list[Judgment], names: list[str]
) -> tuple[dict[str, list[float]], dict[str, list[float]], list[bool]]:
    """Pairs both ways: a pair whose two orders disagree is a tie; rank = 1 + sum of P(other beats it)."""
    by_item: dict[str, dict[frozenset[str], list[str]]] = {}
    for j in good:
        winner = j.ranking[0]  # type: ignore[index]
        by_item.setdefault(j.item, {}).setdefault(frozenset(j.order), []).append(winner)
    ranks: dict[str, list[float]] = {n: [] for n in names}
    firsts: dict[str, list[float]] = {n: [] for n in names}
    consistent: list[bool] = []
    for pairs in by_item.values():
        beaten = dict.fromkeys(names, 0.0)
        for pair, winners in pairs.items():
            if len(winners) > 1:
                consistent.append(len(set(winners)) == 1)
            for name in pair:
                others = [w for w in winners if w != name]
                beaten[name] += len(others) / len(winners)
        present = {n for pair in pairs for n in pair}
        for name in present:
            ranks[name].append(1.0 + beaten[name])
            firsts[name].append(1.0 if beaten[name] == 0.0 else 0.0)
    return ranks, firsts, consistent


def aggregate(
    judgments: list[Judgment], names: list[str], *, mode: str, model: str, seed: int
) -> dict[str, Any]:
    """The ``judge`` object of report.json (ARCHITECTURE.md), with the counts behind it."""
    good = [j for j in judgments if j.outcome == "ok" and j.ranking]
    resolved = resolve_mode(mode, len(names))
    scorer = _pair_scores if resolved == "pairs" else _full_order_scores
    ranks, firsts, consistent = scorer(good, sorted(names))
    first_shown = [j.ranking[0] == j.order[0] for j in good]  # type: ignore[index]
    return {
        "model": model,
        "mode": resolved,
        "seed": seed,
        "items": len({j.item for j in good}),
        "judgments": len(judgments),
        "parse_failures": sum(j.outcome == "parse_failure" for j in judgments),
        "call_failures": sum(j.outcome == "call_failure" for j in judgments),
        "avg_rank": {n: _mean_or_none(ranks[n]) for n in sorted(names)},
        "first_share": {n: _mean_or_none(firsts[n]) for n in sorted(names)},
        "inconsistency_rate": _mean_or_none([0.0 if c else 1.0 for c in consistent]),
        "first_position_share": _mean_or_none([1.0 if f else 0.0 for f in first_shown]),
        "first_error": next((j.error for j in judgments if j.outcome != "ok"), None),
    }


def aggregate_by_topic(
    judgments: list[Judgment], names: list[str], *, mode: str
) -> dict[str, dict[str, Any]]:
    """Average rank per candidate within each topic."""
    out: dict[str, dict[str, Any]] = {}
    for topic in sorted({j.topic for j in judgments}):
        sub = [j for j in judgments if j.topic == topic]
        agg = aggregate(sub, names, mode=mode, model="", seed=0)
        out[topic] = {"items": agg["items"], "avg_rank": agg["avg_rank"]}
    return out
