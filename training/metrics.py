"""Reference metrics as the MixAssist paper reports them, from the standard packages, with pinned settings.

The paper's metric code is unpublished, so ours is fixed and printed in every report (shared/notes/training.md):
BLEU is sacrebleu's corpus BLEU with its defaults (13a, exp smoothing, case-sensitive) and its signature;
ROUGE-L is rouge-score's F-measure with the Porter stemmer on; METEOR is nltk's ``meteor_score`` on Treebank
tokens with WordNet 3.0 set up offline from Debian's packages; BERTScore (bert-score) runs only on a model that
is on disk, else it is null and the report says why. Every value is in 0..1. Not HF ``evaluate``: it fetches
metric scripts from the hub and its ``bleu`` and ``meteor`` are not these.
"""

from __future__ import annotations

import logging
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

METRIC_NAMES = ("bleu", "rouge_l", "meteor", "bertscore")


@dataclass(slots=True)
class MetricSetup:
    """What the metrics need, prepared once per evaluation (WordNet loads in seconds)."""

    nltk_root: Path | None = None
    bertscore_model: str | None = None
    bertscore_layers: int | None = None
    notes: dict[str, str] = field(default_factory=dict)  # metric -> why it is null
    bleu_signature: str = ""
    _meteor_ready: bool | None = None

    def meteor_ready(self) -> bool:
        if self._meteor_ready is None:
            from training.wordnet import WordNetMissing, ensure_wordnet

            try:
                if self.nltk_root is None:
                    raise WordNetMissing("no folder for nltk data")
                ensure_wordnet(self.nltk_root)
                from nltk.corpus import wordnet

                wordnet.ensure_loaded()
                self._meteor_ready = True
            except (WordNetMissing, LookupError, OSError, ImportError) as exc:
                self.notes["meteor"] = f"METEOR not computed: {exc}"
                self._meteor_ready = False
        return self._meteor_ready


def settings(setup: MetricSetup) -> dict[str, str]:
    """The settings printed in the report, one line per metric."""
    from importlib.metadata import version

    from training.wordnet import SYSTEM_WORDNET

    bert = setup.notes.get("bertscore") or (
        f"bert-score, model {setup.bertscore_model}, layer {setup.bertscore_layers}, F1, no baseline rescaling"
    )
    return {
        "bleu": f"sacrebleu {version('sacrebleu')} corpus BLEU, defaults (signature {setup.bleu_signature or 'n/a'}), /100",
        "rouge_l": f"rouge-score {version('rouge-score')} rougeL F-measure, use_stemmer=True, mean over items",
        "meteor": setup.notes.get("meteor")
        or f"nltk {version('nltk')} meteor_score (alpha 0.9, beta 3, gamma 0.5), Treebank tokens, WordNet 3.0 from {SYSTEM_WORDNET}, mean over items",
        "bertscore": bert,
    }


def bleu(hyps: list[str], refs: list[str], setup: MetricSetup | None = None) -> float:
    """sacrebleu corpus BLEU / 100; its signature goes to ``setup`` for the report."""
    from sacrebleu.metrics import BLEU

    metric = BLEU()
    value = float(metric.corpus_score(hyps, [refs]).score) / 100.0
    if setup is not None:
        setup.bleu_signature = str(metric.get_signature())
    return value


def rouge_l(hyps: list[str], refs: list[str]) -> float:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return statistics.fmean(scorer.score(r, h)["rougeL"].fmeasure for h, r in zip(hyps, refs, strict=True))


def meteor(hyps: list[str], refs: list[str]) -> float:
    from nltk.tokenize import TreebankWordTokenizer
    from nltk.translate.meteor_score import meteor_score

    tok = TreebankWordTokenizer()
    return statistics.fmean(
        meteor_score([tok.tokenize(r)], tok.tokenize(h)) for h, r in zip(hyps, refs, strict=True)
    )


def bertscore(hyps: list[str], refs: list[str], setup: MetricSetup) -> float | None:
    """Mean BERTScore F1 on a model on disk; None (with the reason in ``setup.notes``) otherwise."""
    if not setup.bertscore_model:
        setup.notes["bertscore"] = (
            "BERTScore not computed: no --bertscore-model (its weights must be on disk)"
        )
        return None
    path = Path(setup.bertscore_model).expanduser()
    if not path.is_dir():
        setup.notes["bertscore"] = f"BERTScore not computed: {path} is not a model folder"
        return None
    if not setup.bertscore_layers:
        setup.notes["bertscore"] = "BERTScore not computed: give --bertscore-layers with a local model"
        return None
    try:
        import bert_score
    except ImportError:
        setup.notes["bertscore"] = "BERTScore not computed: pip install bert-score"
        return None
    try:
        _p, _r, f1 = bert_score.score(
            hyps, refs, model_type=str(path), num_layers=setup.bertscore_layers, lang="en", verbose=False
        )
    except (OSError, ValueError, RuntimeError) as exc:
        setup.notes["bertscore"] = f"BERTScore not computed: {str(exc).splitlines()[0][:160]}"
        return None
    return float(f1.mean())


def score(hyps: list[str], refs: list[str], setup: MetricSetup) -> dict[str, float | None]:
    """The four metrics (0..1, None when not computable) for one candidate over the same items."""
    if not hyps:
        return dict.fromkeys(METRIC_NAMES)
    return {
        "bleu": round(bleu(hyps, refs, setup), 4),
        "rouge_l": round(rouge_l(hyps, refs), 4),
        "meteor": round(meteor(hyps, refs), 4) if setup.meteor_ready() else None,
        "bertscore": _round(bertscore(hyps, refs, setup)),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def score_by_topic(
    hyps: list[str], refs: list[str], topics: list[str], setup: MetricSetup
) -> dict[str, dict[str, Any]]:
    """The metrics on each topic's items (BERTScore only over the whole set: a model pass per topic is waste)."""
    out: dict[str, dict[str, Any]] = {}
    for topic in sorted(set(topics)):
        idx = [i for i, t in enumerate(topics) if t == topic]
        h = [hyps[i] for i in idx]
        r = [refs[i] for i in idx]
        out[topic] = {
            "n": len(idx),
            "bleu": round(bleu(h, r), 4),
            "rouge_l": round(rouge_l(h, r), 4),
            "meteor": round(meteor(h, r), 4) if setup.meteor_ready() else None,
        }
    return out
