"""`mixassist eval`: the judge's parsing, orders and aggregation are exact; metrics come from the real packages;
a fake OpenAI-compatible judge answers in several wrappings and sometimes garbage; bad input is one line."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from fakes.mixassist_data import write_mixassist
from fakes.openai_server import FakeOpenAIServer

from companion.cli.main import main
from training import judge as judging
from training import metrics
from training.wordnet import SYSTEM_WORDNET, ensure_wordnet, lexnames_text

REMOTE_REPLY = ("Pull ", "the ", "guitar ", "down ", "3 dB.")
CI = os.environ.get("CI", "").lower() == "true"


def cli(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixassist(tmp_path_factory.mktemp("data") / "MixAssist")


@pytest.fixture(scope="module")
def shared_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user data folder for the module: WordNet is copied into it once, not per test."""
    return tmp_path_factory.mktemp("shared-data")


@pytest.fixture
def data_env(shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MIXASSIST_DATA_DIR", str(shared_data))
    return shared_data


def needs_wordnet() -> None:
    if not (SYSTEM_WORDNET / "data.noun").is_file():
        if CI:
            pytest.fail("WordNet missing: .ci/run must apt-get install wordnet-base wordnet-sense-index")
        pytest.skip("WordNet not installed (apt-get install wordnet-base wordnet-sense-index)")


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ('{"ranking": ["B", "A"], "reasons": "B is specific."}', ["B", "A"]),
        ('```json\n{"ranking": ["A", "B"], "reasons": "A asks first."}\n```', ["A", "B"]),
        (
            'Sure. My verdict: {"ranking": ["Response B", "Response A"], "reasons": "x"} Hope it helps!',
            ["B", "A"],
        ),
        ('```\n{"ranking": ["b", "a"]}\n```', ["B", "A"]),
        ('{"rank_1": "B", "rank_2": "A"}', ["B", "A"]),  # the authors' own format, when it is valid JSON
        ('{"note": "draft"} then {"ranking": ["A", "B"], "reasons": "final"}', ["A", "B"]),
    ],
)
def test_rankings_in_any_wrapping_are_read(reply: str, expected: list[str]):
    assert judging.parse_ranking(reply, ["A", "B"]) == expected


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("I think B is better.", "no JSON object"),
        ('{"ranking": ["A", "A"]}', "not a permutation"),
        ('{"ranking": ["A"]}', "not a permutation"),
        ('{"ranking": ["A", "B", "C"]}', "not a permutation"),
        ('{"ranking": "A, B"}', "not a list"),
        ('{"winner": "A"}', "no 'ranking'"),
        ("{'rank_1': A, 'rank_2': B}", "no JSON object"),  # the authors' spec as written does not parse
        ('{"ranking": ["best", "worst"]}', "not a response letter"),
        ("", "no JSON object"),
    ],
)
def test_anything_else_is_a_parse_failure(reply: str, reason: str):
    with pytest.raises(judging.ParseFailure, match=reason):
        judging.parse_ranking(reply, ["A", "B"])


def test_the_reference_is_shown_only_when_asked():
    item = judging.JudgeItem(
        "k", "drums", "Amateur (latest): how is it?", "EXPERT SAID THIS", {"a": "x", "b": "y"}
    )
    plain = judging.judge_messages(item, ("b", "a"), include_reference=False)[1]["content"]
    guided = judging.judge_messages(item, ("b", "a"), include_reference=True)[1]["content"]
    assert "EXPERT SAID THIS" not in plain and "EXPERT SAID THIS" in guided
    assert plain.index("Response A:\ny") < plain.index("Response B:\nx")  # b shown first, as A


# ---------------------------------------------------------------- orders and aggregation with a scripted judge


class ScriptedJudge:
    """A judge that ranks by the number after 'q=' in each response (higher is better), or always picks
    the first shown when ``first_wins``."""

    name = "scripted"

    def __init__(self, first_wins: bool = False) -> None:
        self.first_wins = first_wins
        self.calls = 0

    def complete(self, messages: list[dict[str, str]]) -> str:
        self.calls += 1
        blocks = re.findall(
            r"Response ([A-Z]):\n(.*?)(?=\n\nResponse |\n\nRank )", messages[-1]["content"], re.S
        )
        if self.first_wins:
            letters = [b[0] for b in blocks]
        else:
            letters = [b[0] for b in sorted(blocks, key=lambda b: -int(re.search(r"q=(\d+)", b[1]).group(1)))]
        return json.dumps({"ranking": letters, "reasons": "scripted"})


def items(n: int, quality: dict[str, int]) -> list[judging.JudgeItem]:
    return [
        judging.JudgeItem(
            f"i{k}",
            "drums",
            f"Amateur (latest): question {k}",
            "ref",
            {c: f"answer q={q}" for c, q in quality.items()},
        )
        for k in range(n)
    ]


def test_all_orders_are_judged_and_a_consistent_judge_gives_exact_ranks():
    client = ScriptedJudge()
    judgments = judging.run_judge(client, items(5, {"tuned": 3, "base": 2, "rules": 1}), mode="auto", seed=3)
    assert client.calls == 5 * 6 and len(judgments) == 30  # 3! orders per item
    assert {j.order for j in judgments[:6]} == set(
        __import__("itertools").permutations(["base", "rules", "tuned"])
    )
    agg = judging.aggregate(judgments, ["tuned", "base", "rules"], mode="auto", model="scripted", seed=3)
    assert agg["avg_rank"] == {"base": 2.0, "rules": 3.0, "tuned": 1.0}
    assert agg["first_share"] == {"base": 0.0, "rules": 0.0, "tuned": 1.0}
    assert agg["inconsistency_rate"] == 0.0 and agg["parse_failures"] == 0 and agg["items"] == 5
    assert agg["first_position_share"] == round(1 / 3, 4)  # tuned is shown first in 2 of 6 orders


def test_a_judge_that_only_sees_positions_is_fully_inconsistent():
    judgments = judging.run_judge(ScriptedJudge(first_wins=True), items(4, {"a": 1, "b": 2}), seed=0)
    agg = judging.aggregate(judgments, ["a", "b"], mode="auto", model="x", seed=0)
    assert agg["inconsistency_rate"] == 1.0 and agg["first_position_share"] == 1.0
    assert agg["avg_rank"] == {"a": 1.5, "b": 1.5} and agg["first_share"] == {"a": 0.5, "b": 0.5}


def test_pairs_both_ways_past_three_candidates():
    client = ScriptedJudge()
    quality = {"w": 4, "x": 3, "y": 2, "z": 1}
    judgments = judging.run_judge(client, items(2, quality), mode="auto", seed=1)
    assert client.calls == 2 * 12 and all(len(j.order) == 2 for j in judgments)  # 6 pairs, both ways
    agg = judging.aggregate(judgments, list(quality), mode="auto", model="x", seed=1)
    assert agg["mode"] == "pairs" and agg["avg_rank"] == {"w": 1.0, "x": 2.0, "y": 3.0, "z": 4.0}
    assert agg["first_share"]["w"] == 1.0 and agg["inconsistency_rate"] == 0.0
    ties = judging.run_judge(ScriptedJudge(first_wins=True), items(1, quality), mode="pairs", seed=1)
    tied = judging.aggregate(ties, list(quality), mode="pairs", model="x", seed=1)
    assert tied["avg_rank"] == dict.fromkeys(quality, 2.5) and tied["inconsistency_rate"] == 1.0


def test_single_order_is_seeded():
    def shown(seed: int) -> list[tuple[str, ...]]:
        return [
            j.order
            for j in judging.run_judge(
                ScriptedJudge(), items(12, {"a": 1, "b": 2, "c": 3}), mode="single", seed=seed
            )
        ]

    assert shown(7) == shown(7) and shown(7) != shown(8)
    assert len(shown(7)) == 12


# ---------------------------------------------------------------- metrics


def test_metrics_settings_and_values():
    setup = metrics.MetricSetup()
    same = ["Cut 3 dB at 400 Hz on the snare."]
    assert metrics.bleu(same, same, setup) == pytest.approx(1.0)
    assert setup.bleu_signature.startswith("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp")
    assert metrics.rouge_l(["the snare cracks"], ["the snare crack"]) == pytest.approx(1.0)  # stemming is on
    assert metrics.rouge_l(["a b c d"], ["e f g h"]) == 0.0
    assert metrics.bertscore(same, same, setup) is None and "no --bertscore-model" in setup.notes["bertscore"]


def test_meteor_uses_wordnet_set_up_offline(tmp_path: Path):
    needs_wordnet()
    root = ensure_wordnet(tmp_path / "nltk_data")
    target = root / "corpora" / "wordnet"
    assert (target / "lexnames").read_text() == lexnames_text() and not (target / "data.noun").is_symlink()
    hyp, ref = ["the snare needs more crack"], ["the snare wants more cracks"]
    assert metrics.meteor(hyp, ref) > 0.95  # 'needs'/'wants' are WordNet synonyms, 'cracks' stems to 'crack'
    assert metrics.meteor(["the snare needs more crack"], ["turn the vocal up"]) < 0.2


def test_lexnames_table_matches_the_debian_man_page():
    import gzip

    page = Path("/usr/share/man/man5/lexnames.5WN.gz")
    if not page.is_file():
        needs_wordnet()
        pytest.skip("lexnames(5WN) man page not installed (docs excluded on this image)")
    rows = re.findall(r"^(\d\d)\t(\S+)", gzip.decompress(page.read_bytes()).decode(), re.M)
    assert [f"{n}\t{name}" for n, name in rows] == [
        "\t".join(x.split("\t")[:2]) for x in lexnames_text().splitlines()
    ]


def test_bertscore_on_a_local_model(tmp_path: Path):
    from transformers import BertConfig, BertModel, BertTokenizerFast

    letters = list("abcdefghijklmnopqrstuvwxyz0123456789")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *letters, *(f"##{c}" for c in letters)]
    (tmp_path / "vocab.txt").write_text("\n".join(vocab))
    BertTokenizerFast(vocab_file=str(tmp_path / "vocab.txt"), model_max_length=512).save_pretrained(tmp_path)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
    )
    BertModel(config).save_pretrained(tmp_path)
    setup = metrics.MetricSetup(bertscore_model=str(tmp_path), bertscore_layers=2)
    same = metrics.bertscore(["cut the mud at 300 hz"], ["cut the mud at 300 hz"], setup)
    other = metrics.bertscore(["cut the mud at 300 hz"], ["boost the air"], setup)
    assert same == pytest.approx(1.0, abs=1e-4) and 0.0 < other < same and "bertscore" not in setup.notes


# ---------------------------------------------------------------- end to end with a fake judge server

FORMATS = (
    lambda obj: f"```json\n{json.dumps(obj)}\n```",
    lambda obj: f"Here is my judgement. {json.dumps(obj)} Both were close.",
    json.dumps,
)


def fake_judge(body: dict) -> str:
    """Prefers the remote's answer; wraps in turn as a code fence, prose around JSON and bare JSON; answers
    garbage every time for the hats question and once (then valid on the retry) for the loudness one."""
    fake_judge.calls += 1
    user = body["messages"][1]["content"]
    latest = re.search(r"Amateur \(latest\): (.*)", user).group(1)
    retry = len(body["messages"]) > 2
    if "hats" in latest or ("loud" in latest and not retry):
        return "I would rather not pick one; both have merits."
    blocks = re.findall(r"Response ([A-Z]):\n(.*?)(?=\n\nResponse |\n\nRank )", user, re.S)
    letters = sorted((b[0] for b in blocks), key=lambda x: 0 if "Pull the guitar" in dict(blocks)[x] else 1)
    return FORMATS[fake_judge.calls % 3]({"ranking": letters, "reasons": "the specific one first"})


def test_eval_with_a_judge_in_several_wrappings_and_some_garbage(
    capsys, data_dir: Path, tmp_path: Path, data_env: Path
):
    needs_wordnet()
    fake_judge.calls = 0
    out = tmp_path / "report"
    with (
        FakeOpenAIServer(mode="stream", reply=REMOTE_REPLY) as model,
        FakeOpenAIServer(mode="json", responder=fake_judge) as judge,
    ):
        code, text, err = cli(
            capsys, "eval", "--data", str(data_dir), "--backend", "rules", "--compare", f"remote:url={model.url}",
            "--judge-url", judge.url, "--judge-model", "judge-7b", "--out", str(out),
        )  # fmt: skip
        judge_requests = list(judge.requests)
    assert code == 0, err
    report = json.loads((out / "report.json").read_text())
    assert (
        report["split"] == "test" and report["n_items"] == 4 and set(report["metrics"]) == {"rules", "remote"}
    )
    j = report["judge"]
    assert (j["model"], j["mode"], j["judgments"], j["items"], j["parse_failures"], j["call_failures"]) == (
        "judge-7b", "all-orders", 8, 3, 2, 0,
    )  # fmt: skip
    assert j["avg_rank"] == {"remote": 1.0, "rules": 2.0} and j["first_share"] == {
        "remote": 1.0,
        "rules": 0.0,
    }
    assert j["inconsistency_rate"] == 0.0 and j["first_position_share"] == 0.5
    assert len(judge_requests) == 2 + 2 * 3 + 2 + 2 * 2  # hats: 3 tries per order; loudness: 2 tries
    assert all(r.body["temperature"] == 0.0 for r in judge_requests)
    raw = [json.loads(x) for x in (out / "judge_raw.jsonl").read_text().splitlines()]
    hats = [r for r in raw if r["item"].endswith("/1")]
    assert len(hats) == 2 and all(r["outcome"] == "parse_failure" and len(r["replies"]) == 3 for r in hats)
    assert all(r["ranking"] is None for r in hats)  # never replaced by a guess
    for name in ("report.md", "metrics.png", "judge.png", "generations.jsonl"):
        assert (out / name).is_file(), name
    md = (out / "report.md").read_text()
    assert "| remote |" in md and "2 unparseable and 0 failed calls" in md and "## Per topic" in md
    topics = report["by_topic"]
    assert set(topics) == {"bass", "drums", "overall_mix"} and topics["drums"]["n"] == 2
    assert topics["bass"]["judge_avg_rank"] == {"remote": 1.0, "rules": 2.0}
    assert (
        report["metrics"]["rules"]["meteor"] is not None and report["metrics"]["rules"]["bertscore"] is None
    )
    assert "judge judge-7b: average rank remote 1.00, rules 2.00 (3 items, 2 unparseable" in text


def test_a_judge_that_times_out_is_counted_and_the_run_says_so(
    capsys, data_dir: Path, tmp_path: Path, data_env: Path
):
    needs_wordnet()
    out = tmp_path / "report"
    with FakeOpenAIServer(mode="stall", stall_s=2.0) as judge:
        code, _, err = cli(
            capsys, "eval", "--data", str(data_dir), "--backend", "rules", "--limit", "1", "--judge-url", judge.url,
            "--judge-model", "slow", "--judge-timeout", "0.3", "--judge-retries", "1", "--out", str(out),
        )  # fmt: skip
    last = err.strip().splitlines()[-1]
    assert code == 1 and last.startswith("mixassist: the judge gave no usable ranking (")
    assert "no answer within 0.3 s" in last
    j = json.loads((out / "report.json").read_text())["judge"]
    assert j["call_failures"] == 2 and j["items"] == 0 and j["parse_failures"] == 0
    assert j["avg_rank"] == {"expert": None, "rules": None} and j["reference_as_candidate"] is True


def test_a_local_gguf_judge_whose_replies_never_parse(capsys, data_dir: Path, tmp_path: Path, data_env: Path):
    from fakes.tiny_models import build_tiny_gguf

    needs_wordnet()
    gguf = build_tiny_gguf(tmp_path / "judge.gguf")
    out = tmp_path / "report"
    code, _, _ = cli(
        capsys, "eval", "--data", str(data_dir), "--backend", "rules", "--limit", "1", "--judge-model", str(gguf),
        "--judge-retries", "0", "--out", str(out),
    )  # fmt: skip
    j = json.loads((out / "report.json").read_text())["judge"]
    assert (
        code == 1
        and j["model"] == "judge.gguf"
        and j["parse_failures"] == j["judgments"] == 2
        and j["items"] == 0
    )


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (("--data", "/no/such/dir"), 2, "no such folder"),
        (("--compare", "remote:url"), 2, "options are key=value pairs"),
        (("--compare", "gpt5"), 2, "unknown backend 'gpt5'"),
        (("--limit", "0"), 2, "--limit must be 1 or more"),
        (("--split", "dev"), 2, "no split 'dev'"),
        (("--compare", "qwen-audio:model=/no/model"), 1, "candidate qwen-audio could not load"),
        (("--judge-url", "ftp://x"), 2, "is not an http(s) URL"),
        (("--judge-model", "/no/judge.gguf"), 2, "no such .gguf file"),
    ],
)
def test_eval_bad_input_is_one_line(capsys, data_dir: Path, tmp_path: Path, args, code: int, needle: str):
    full = ["eval", "--backend", "rules", "--out", str(tmp_path / "o")]
    if "--data" not in args:
        full += ["--data", str(data_dir)]
    got, _, err = cli(capsys, *full, *args)
    lines = [x for x in err.strip().splitlines() if x]
    assert got == code and needle in lines[-1] and "Traceback" not in err, err


def test_eval_of_a_split_with_nothing_to_evaluate(capsys, tmp_path: Path):
    folder = write_mixassist(
        tmp_path / "ds", {"test": [("g_conv1", "drums", "Okay.", "Mm-hmm.", False, None)]}
    )
    code, _, err = cli(
        capsys, "eval", "--data", str(folder), "--backend", "rules", "--out", str(tmp_path / "o")
    )
    assert code == 2 and "no rows with has_content" in err


def test_eval_counts_answers_with_a_false_number(capsys, data_dir: Path, tmp_path: Path, data_env: Path):
    """Issue 11's column: a backend that says the mix is at -3 LUFS (the clips measure far quieter) is
    counted per answer; the rules advisor, which quotes the measurement, is not."""
    out = tmp_path / "report"
    wrong = ("Your mix is at ", "-3 LUFS integrated", ", way too hot. Pull the master down 3 dB.")
    with FakeOpenAIServer(mode="stream", reply=wrong) as model:
        code, _, err = cli(
            capsys, "eval", "--data", str(data_dir), "--backend", "rules", "--compare", f"remote:url={model.url}",
            "--out", str(out),
        )  # fmt: skip
    assert code == 0, err
    report = json.loads((out / "report.json").read_text())
    remote, rules = (
        report["candidates"]["remote"]["false_claims"],
        report["candidates"]["rules"]["false_claims"],
    )
    assert remote["answers"] == report["n_items"] == rules["answers"]
    measured = [r for r in (out / "generations.jsonl").read_text().splitlines() if r]
    assert len(measured) == report["n_items"]
    # every item with audio makes the -3 LUFS claim false; items without audio have nothing to hold it against
    assert remote["with_false_claim"] >= 1 and remote["share"] == round(
        remote["with_false_claim"] / remote["answers"], 4
    )
    assert rules["with_false_claim"] == 0
    assert "answers with a false number" in (out / "report.md").read_text()
