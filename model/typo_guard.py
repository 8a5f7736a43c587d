"""English words one slip from a part's name (``model.typo_words``): typed, they are meant as themselves ("the
string", "a shake", "my cell"), so a slip is never read into them.

Generated from the SCOWL American word list (Debian ``wamerican``, /usr/share/dict/words): every word that is one
letter added, dropped or swapped from a name of five letters or more in ``model.typo_words.TARGETS``, or the same
word with a letter held down. ``tests/test_typo_words.py`` checks the list again where that word list is installed.
"""

from __future__ import annotations

ENGLISH_NEIGHBOURS: frozenset[str] = frozenset((
    "acoustics", "baas", "backings", "baking", "banjoes", "blacking", "bong", "bongoes", "bongs", "bono", "cell",
    "cells", "cong", "cord", "cords", "coronet", "coronets", "fiddled", "fiddler", "fiddlers", "flue", "flues",
    "fluted", "harmon", "harmonizes", "lute", "lutes", "morgan", "oran", "overheard", "rhode", "rums", "selectric",
    "shake", "shakes", "shakier", "signer", "signers", "singe", "singes", "snared", "stinger", "stingers", "stings",
    "string", "strumpet", "strumpets", "swinger", "swingers", "thorns", "uprights", "vila", "viol", "viols"
))  # fmt: skip
