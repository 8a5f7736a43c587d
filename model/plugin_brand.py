"""A plug-in named by its maker or product ("is my fabfilter doing this?", "is the pro-q causing the mud?", "is my
waves plugin making it harsh?"): a plug-in, never a part, so the answer is not "I can't match 'fabfilter' to any
of your tracks".

An engineer asked about a plug-in by brand first looks at where that plug-in sits. The snapshot lists every
plug-in on every track and on the master, so the answer says where one of that maker sits, or that none does (so
it cannot be the cause), and then what was measured on the mix, the same report an absent part gets. What a
third-party plug-in does inside cannot be read from its name, so no verdict is guessed from it.
"""

from __future__ import annotations

import re

from companion.context import MixContext
from model.absent_part import measured_instead
from model.phrasing import Answer, names
from model.session_view import SessionView, plugin_name

BRANDS: dict[str, tuple[str, str]] = {
    "fabfilter": (
        "FabFilter",
        r"fab ?filter|pro-?q\s*\d?|pro-?c\s*\d?|pro-?l\s*\d?|pro-?r\b|pro-?ds|pro-?mb|saturn",
    ),
    "waves": ("Waves", r"waves|cla-?\d+|\bl[12]\b|renaissance|rcomp|rvox|h-?delay|ssl g-?master"),
    "izotope": ("iZotope", r"i-?zotope|ozone|neutron|nectar|\brx\b"),
    "soundtoys": ("Soundtoys", r"sound ?toys|decapitator|echo ?boy|little ?alter ?boy|devil-?loc"),
    "valhalla": ("Valhalla", r"valhalla"),
    "uad": ("UAD", r"\buad\b|universal audio|la-?2a|1176|pultec"),
    "slate": ("Slate Digital", r"slate digital|\bslate\b|fg-?x|virtual mix rack"),
    "plugin alliance": ("Plugin Alliance", r"plugin alliance|brainworx|bx_"),
    "tdr": ("Tokyo Dawn", r"\btdr\b|tokyo dawn|nova|kotelnikov"),
    "melda": ("MeldaProduction", r"melda"),
    "kilohearts": ("Kilohearts", r"kilohearts"),
    "ssl": ("SSL", r"ssl|solid state logic"),
}
"""Maker -> (how it is written, its product words), as users type them and as plug-in names carry them."""
_SAID = re.compile(r"(?<![\w-])(?:" + "|".join(p for _, p in BRANDS.values()) + r")(?![\w-])", re.IGNORECASE)


def named_brand(question: str) -> str | None:
    """The plug-in maker ``question`` names by brand or product ("my fabfilter", "the pro-q"), or None."""
    m = _SAID.search(question)
    if m is None:
        return None
    said = m.group(0)
    return next(k for k, (_, p) in BRANDS.items() if re.fullmatch(p, said, re.IGNORECASE))


def brand_said(question: str) -> str | None:
    """The maker of a plug-in ``question`` names after "my", "the", "that" or "this" anywhere ("could my ssl comp
    be causing this?"), or None: a brand word so placed is a plug-in the user owns, not a passing mention."""
    m = _SAID.search(question)
    if m is None or not re.search(
        r"\b(?:my|the|that|this|our|your)\s+$", question[: m.start()], re.IGNORECASE
    ):
        return None
    return named_brand(m.group(0))


def _pattern(brand: str) -> re.Pattern[str]:
    """The words of ``brand`` as they stand inside a plug-in's or a track's name."""
    return re.compile(rf"(?<![\w-])(?:{BRANDS[brand][1]})(?![\w-])", re.IGNORECASE)


def _track_named(question: str, session: SessionView) -> bool:
    """True when the brand word the question says stands in a track's name ('FabFilter Bus' for "my fabfilter")."""
    m = _SAID.search(question)
    if m is None:
        return False
    said = re.compile(r"(?<![\w-])" + r"[\s_-]?".join(map(re.escape, m.group(0).lower().split())) + r"(?![\w-])",
                      re.IGNORECASE)  # fmt: skip
    return any(said.search(rt.name) for rt in session.tracks)


def _carriers(session: SessionView, brand: str) -> list[tuple[str, str]]:
    """(plug-in, where) for each plug-in of ``brand`` in the session: a track's name, or "the master"."""
    pattern = _pattern(brand)
    found = [
        (plugin_name(fx), f"'{rt.name}'")
        for rt in session.tracks
        for fx in rt.track.fx
        if pattern.search(fx.name)
    ]
    master = session.snapshot.master.fx if session.snapshot is not None else ()
    return found + [(plugin_name(fx), "the master") for fx in master if pattern.search(fx.name)]


def _plugin_list(session: SessionView) -> str:
    """The plug-ins the session has, each with where it sits ("ReaEQ on 'Kick', 'Bass'; ReaLimit on the master")."""
    where: dict[str, list[str]] = {}
    for rt in session.tracks:
        for fx in rt.track.fx:
            where.setdefault(plugin_name(fx), []).append(rt.name)
    said = [
        f"{plugin} on {names(tracks, 3) if len(tracks) <= 3 else f'{len(tracks)} of your tracks'}"
        for plugin, tracks in where.items()
    ]
    master = session.snapshot.master.fx if session.snapshot is not None else ()
    said += [f"{plugin_name(fx)} on the master" for fx in master]
    return "; ".join(said)


def brand_answer(ctx: MixContext, session: SessionView) -> Answer | None:
    """The answer to a question that names a plug-in by its maker, or None when it names none."""
    brand = named_brand(ctx.question)
    if brand is None or not session:
        return None
    maker = BRANDS[brand][0]
    carriers = _carriers(session, brand)
    if not carriers and _track_named(ctx.question, session):
        return None  # a track called 'FabFilter Bus' and no such plug-in: "my fabfilter" is that track
    if carriers:
        head = f"Your {maker} plug-in{'s' if len(carriers) > 1 else ''}: " + "; ".join(
            f"{plugin} on {where}" for plugin, where in carriers
        )
        head += (
            ". I can't read inside a third-party plug-in, so bypass it at matched level to hear its share."
        )
    else:
        listing = _plugin_list(session)
        head = f"There's no {maker} plug-in in this session, so it isn't doing this"
        head += f": the plug-ins I can see are {listing}." if listing else ": I see no plug-ins at all."
    sentences, move, finding = measured_instead(ctx, session)
    if sentences and sentences[0].startswith("Nothing I measured"):
        sentences = ["Nothing I measured in the mix is out of line, so there is nothing for it to be doing."]
    return Answer(" ".join([head, *sentences]), [move] if move is not None else [], finding)
