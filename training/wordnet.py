"""WordNet for nltk's METEOR, offline, from Debian's ``wordnet-base`` + ``wordnet-sense-index``.

Why this dance (shared/notes/training.md): ``nltk.download`` needs the network; Debian ships WordNet 3.0 in
``/usr/share/wordnet/`` but nltk refuses files outside its data path (symlinks and hard links included), and
the package lacks the ``lexnames`` file nltk reads. So the files are copied into
``<data dir>/nltk_data/corpora/wordnet/`` and ``lexnames`` is written from the WordNet 3.0 table below (the
``lexnames(5WN)`` man page that ``wordnet-base`` installs lists the same 45 rows).
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_WORDNET = Path("/usr/share/wordnet")
NEEDED = (
    "data.noun",
    "data.verb",
    "data.adj",
    "data.adv",
    "index.noun",
    "index.verb",
    "index.adj",
    "index.adv",
)
INSTALL_HINT = "apt-get install wordnet-base wordnet-sense-index"

# WordNet 3.0 lexicographer files: number, name, syntactic category (1 noun, 2 verb, 3 adjective, 4 adverb)
LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]
_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


def lexnames_text() -> str:
    """The ``lexnames`` file: ``NN<TAB>name<TAB>category`` per line, 45 lines."""
    return "".join(f"{i:02d}\t{name}\t{_CATEGORY[name.split('.')[0]]}\n" for i, name in enumerate(LEXNAMES))


class WordNetMissing(RuntimeError):
    """No WordNet where nltk can read it, and none to set up from."""


def ensure_wordnet(nltk_root: Path, source: Path = SYSTEM_WORDNET) -> Path:
    """``nltk_root`` (an nltk data folder) holding ``corpora/wordnet``, set up from ``source`` once; the
    folder is added to ``nltk.data.path``. Raises WordNetMissing with the install line when impossible."""
    import nltk

    target = nltk_root / "corpora" / "wordnet"
    if not all((target / name).is_file() for name in (*NEEDED, "lexnames")):
        missing = [n for n in NEEDED if not (source / n).is_file()]
        if missing:
            raise WordNetMissing(f"WordNet not found in {source} ({INSTALL_HINT})")
        staging = target.with_name(f".wordnet.{os.getpid()}.tmp")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for path in sorted(source.iterdir()):
            if path.is_file():
                shutil.copyfile(path, staging / path.name)  # a copy: nltk refuses links out of its root
        (staging / "lexnames").write_text(lexnames_text(), encoding="ascii")
        shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
        log.info("WordNet copied from %s to %s", source, target)
    if str(nltk_root) not in nltk.data.path:
        nltk.data.path.insert(0, str(nltk_root))
    return nltk_root
