"""The dataset loader: the exact HF MixAssist layout (a folder or the local HF cache), sessions, bad input."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fakes.mixassist_data import MEMORISE, PLACEHOLDER_ASSISTANT, PLACEHOLDER_USER, write_mixassist

from companion.context import Topic
from companion.errors import BadInput
from training.data import example_context, load_dataset


@pytest.fixture(scope="module")
def dataset_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_mixassist(tmp_path_factory.mktemp("mixassist") / "MixAssist")


def test_rows_become_examples_with_history_topics_and_audio(dataset_dir: Path):
    data = load_dataset(str(dataset_dir), split="train")
    assert (
        data.counts()
        == {
            "rows": 5,
            "trainable": 2,  # the snare and kick answers; filler, the user placeholder and the refusal are history only
            "no_content": 2,
            "placeholder_user": 1,
            "placeholder_assistant": 1,
            "rated_down_uncorrected": 0,
            "with_audio": 4,
            "missing_audio": 0,
        }
    )
    snare, filler, kick, unprompted, refusal = data.examples
    assert snare.trainable and snare.assistant == MEMORISE and snare.history == ()
    assert not filler.trainable and not unprompted.trainable and unprompted.user == PLACEHOLDER_USER
    assert refusal.assistant == PLACEHOLDER_ASSISTANT and refusal.audio_path is None
    assert [t.content for t in kick.history] == ["How is the snare sitting?", MEMORISE, "Okay.", "Mm-hmm."]
    assert [t.topic for t in kick.history] == [Topic.DRUMS] * 4
    assert kick.audio_path == dataset_dir / "audio" / "train_group1_conv1_2.wav"


def test_context_is_what_an_ask_builds(dataset_dir: Path):
    kick = load_dataset(str(dataset_dir), split="train").examples[2]
    ctx = example_context(kick)
    assert ctx.question == "What about the kick?" and ctx.topic is Topic.DRUMS
    assert ctx.clip is not None and abs(ctx.clip.duration_s - 3.0) < 1e-6
    assert ctx.analysis is not None and ctx.analysis.sample_rate == 44100 and len(ctx.history) == 4


def test_audio_root_and_missing_audio_are_reported(dataset_dir: Path, tmp_path: Path):
    moved = tmp_path / "copy"
    (moved / "data").mkdir(parents=True)
    for f in (dataset_dir / "data").iterdir():
        (moved / "data" / f.name).write_bytes(f.read_bytes())
    data = load_dataset(str(moved), split="test")
    assert data.counts()["missing_audio"] == 4 and data.counts()["with_audio"] == 0
    line = data.missing_audio_line()
    assert line.startswith("4 of 5 rows name audio that was not found: audio/test_group3_conv1_0.wav, ")
    assert "(and 1 more)" in line and "--audio-root" in line
    assert example_context(data.examples[0]).analysis is None  # no audio: no listening notes, still usable
    found = load_dataset(str(moved), split="test", audio_root=str(dataset_dir / "audio"))
    assert found.counts()["with_audio"] == 4 and not found.missing_audio  # found by file name under the root


def test_hf_cache_is_read_offline(dataset_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    cache = tmp_path / "hub"
    repo = cache / "datasets--mclemcrew--MixAssist"
    commit = "0123456789abcdef0123456789abcdef01234567"
    snap = repo / "snapshots" / commit / "data"
    snap.mkdir(parents=True)
    for f in (dataset_dir / "data").iterdir():
        (snap / f.name).write_bytes(f.read_bytes())
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_CACHE", str(cache))  # for a fresh process; this one read it at import:
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    data = load_dataset("mclemcrew/MixAssist", split="validation", audio_root=str(dataset_dir / "audio"))
    assert data.counts()["rows"] == 1 and data.counts()["with_audio"] == 1
    with pytest.raises(BadInput, match="not in the local Hugging Face cache; add --download"):
        load_dataset("someone/Else", split="test")


@pytest.mark.parametrize(
    ("make", "split", "message"),
    [
        (lambda d: d / "nowhere", "train", "no such folder"),
        (lambda d: d / "MixAssist" / "data" / "train-00000-of-00001.parquet", "train", "is a file"),
        (lambda d: d / "MixAssist", "dev", "no split 'dev' (it has: test, train, validation)"),
        (lambda d: d, "train", "not the HF MixAssist layout"),
    ],
)
def test_bad_folders(dataset_dir: Path, make, split: str, message: str):
    with pytest.raises(BadInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_dataset(str(make(dataset_dir.parent)), split=split)


def test_wrong_columns_and_types(tmp_path: Path):
    (tmp_path / "data").mkdir()
    pq.write_table(
        pa.table({"question": ["hi"], "answer": ["yo"]}), tmp_path / "data" / "train-00000-of-00001.parquet"
    )
    with pytest.raises(BadInput, match="wrong columns: missing conversation_id, topic, turn_id"):
        load_dataset(str(tmp_path))
    cols = {
        "conversation_id": ["c"], "topic": ["drums"], "turn_id": [0], "has_content": [True],
        "input_history": ["not a list"], "audio_file": [None], "user": ["u"], "assistant": ["a"],
    }  # fmt: skip
    pq.write_table(pa.table(cols), tmp_path / "data" / "train-00000-of-00001.parquet")
    with pytest.raises(BadInput, match="input_history is not a list"):
        load_dataset(str(tmp_path))
    (tmp_path / "data" / "train-00000-of-00001.parquet").write_text("not parquet")
    with pytest.raises(BadInput, match="not a readable parquet file"):
        load_dataset(str(tmp_path))


def test_sessions_are_training_data(tmp_path: Path, _private_data_dir: Path):
    from fakes.sample_context import stereo_clip

    from companion.app import Companion
    from companion.session import SessionLog

    with SessionLog.open("mine") as log:
        companion = Companion(session_log=log)
        companion.ask("How are the drums?", clip=stereo_clip(2.0))
        companion.ask("thanks", clip=stereo_clip(2.0))
        companion.ask("How is the bass?", clip=stereo_clip(2.0))
        log.flush()
        log.feedback(0, "down", "The snare is buried: push it 2 dB.")
        log.feedback(2, "down")  # rejected, no better answer given: not trained on
    data = load_dataset(sessions=[], split="train")
    assert data.counts()["rows"] == 3 and data.counts()["trainable"] == 1  # "thanks" is filler
    assert data.counts()["rated_down_uncorrected"] == 1 and not data.examples[2].trainable
    assert data.examples[0].assistant == "The snare is buried: push it 2 dB."  # the correction is the target
    assert data.examples[0].audio_path.is_file() and data.examples[1].history[0].topic is Topic.DRUMS
    assert load_dataset(sessions=[], split="test").examples == ()  # sessions are training data only
    with pytest.raises(BadInput, match="no session named 'nope'"):
        load_dataset(sessions=["nope"])
    with pytest.raises(BadInput, match="give --data"):
        load_dataset()
