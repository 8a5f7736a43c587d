"""The house keeps its shape (ARCHITECTURE.md, issue 8): which room may import which, no import cycles, heavy
packages only where they are allowed, and sub-package ``__init__.py`` files that only say what the room is for.

Every ``.py`` file under companion/, bridge/, model/, gui/ and training/ is read with ``ast``. Its imports, at
module level and inside functions, and its ``"package.module:attr"`` strings (the CLI's handler table and the
capture backend table, imported later with importlib) are mapped to rooms and held against the tables below.
A failure names the file, the line and the import.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOP = ("companion", "bridge", "model", "gui", "training")  # gui/ and training/ may not exist yet

# The companion leaves, lowest first. A leaf may import its own room and leaves of a LOWER rank only; so the
# leaves never reach bridge, model, gui, training, companion.session, companion.app or companion.cli.
LEAF_RANK: dict[str, int] = {
    "companion": 0,  # the package itself (__version__)
    "companion.context": 0,  # shared types
    "companion.errors": 0,
    "companion.jsonl": 0,  # crash-safe JSON-lines files (what the session log stands on)
    "companion.config": 1,
    "companion.knowledge": 1,  # mixing knowledge and its data
    "companion.listening": 2,  # audio loading, analysis, diagnosis
    "companion.synth": 3,  # the demo synthesizer and the demo session
    "companion.analysis": 3,  # the public facade over companion.listening
}
LEAVES = tuple(LEAF_RANK)
BRIDGE = ("bridge", "bridge.reaper", "bridge.capture", "bridge.virtual")

# Every other room: the rooms it may import besides its own. Rooms are exact names (no prefixes).
RULES: dict[str, tuple[str, ...]] = {
    "companion.session": LEAVES,  # the conversation and the session log
    "companion.app": (*LEAVES, "companion.session", *BRIDGE, "model"),
    "companion.cli": (*LEAVES, "companion.session", "companion.app", *BRIDGE, "model", "gui", "training"),
    "bridge": (*LEAVES, "bridge.reaper", "bridge.capture"),
    "bridge.reaper": (*LEAVES, "bridge", "bridge.capture"),
    "bridge.capture": (*LEAVES, "bridge", "bridge.reaper"),
    "bridge.virtual": (*LEAVES, "bridge", "bridge.reaper", "bridge.capture"),  # the fake speaks the protocols
    "model": LEAVES,
    "gui": (*LEAVES, "companion.app", *BRIDGE, "model"),
    "training": (*LEAVES, "companion.session", "companion.app", "model"),
}
LAZY_ONLY = {("companion.cli", "gui"), ("companion.cli", "training")}
"""(room, room) pairs allowed only inside functions: the CLI loads the overlay and the learning loop on demand."""

HEAVY = (
    "torch",
    "transformers",
    "peft",
    "accelerate",
    "PyQt6",
    "llama_cpp",
    "librosa",
    "scipy.signal",
    "numba",
)
HEAVY_AT_MODULE_LEVEL = ("gui", "training")
"""Rooms whose modules may import heavy packages at module level: they are themselves only imported lazily."""

HANDLER_STRING = re.compile(r"^((?:companion|bridge|model|gui|training)(?:\.\w+)+):\w+$")


@dataclass(frozen=True, slots=True)
class Import:
    file: str  # path relative to the repository, e.g. companion/listening/analysis.py
    line: int
    target: str  # the module imported, resolved to a file of ours where it is one
    lazy: bool  # inside a function, or a "module:attr" string
    runtime: bool  # False inside ``if TYPE_CHECKING:``


def module_name(rel: str) -> str:
    """companion/knowledge/priors.py -> companion.knowledge.priors; bridge/__init__.py -> bridge."""
    parts = rel.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_file(name: str, root: Path = ROOT) -> str | None:
    """The file of one of our modules (relative path), or None when ``name`` names no file here."""
    base = Path(*name.split("."))
    for rel in (base.with_suffix(".py"), base / "__init__.py"):
        if (root / rel).is_file():
            return rel.as_posix()
    return None


def room_of(rel: str) -> str:
    """The room a file lives in: ``companion.<first part>``, ``bridge.<sub-package>``, or the top folder."""
    parts = rel.removesuffix(".py").split("/")
    top = parts[0]
    if top == "companion":
        return "companion" if parts[1:] == ["__init__"] else f"companion.{parts[1]}"
    if top == "bridge":
        return f"bridge.{parts[1]}" if len(parts) > 2 else "bridge"
    return top


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def collect_imports(rel: str, source: str, root: Path = ROOT) -> list[Import]:
    """Every import in one file: module level and in functions, relative ones resolved, ``mod:attr`` strings."""
    tree = ast.parse(source, filename=rel)
    here = module_name(rel)
    package = here if rel.endswith("__init__.py") else here.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, lazy: bool, runtime: bool) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(rel, node.lineno, alias.name, lazy, runtime))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                # ours: the submodule when there is one (``from bridge.reaper import schemas``), else the module;
                # others: the name may be a submodule (``from scipy import signal``), keep it for the heavy check
                ours = is_ours(base)
                target = sub if alias.name != "*" and (module_file(sub, root) if ours else True) else base
                found.append(Import(rel, node.lineno, target, lazy, runtime))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = HANDLER_STRING.match(node.value)
            if match:
                found.append(Import(rel, node.lineno, match.group(1), True, runtime))
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, lazy, False)
            for child in node.orelse:
                visit(child, lazy, runtime)
            return
        inner = lazy or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        for child in ast.iter_child_nodes(node):
            visit(child, inner, runtime)

    visit(tree, False, True)
    return found


def is_ours(target: str) -> bool:
    return target.split(".")[0] in TOP


def violations(imports: Iterable[Import], root: Path = ROOT) -> list[str]:
    """One line per import that breaks the room rules, or names a module of ours that does not exist."""
    bad = []
    for imp in imports:
        if not is_ours(imp.target):
            continue
        where = f"{imp.file}:{imp.line}: imports {imp.target}"
        target_file = module_file(imp.target, root)
        if target_file is None:
            bad.append(f"{where}, which is no module of this repository")
            continue
        src, dst = room_of(imp.file), room_of(target_file)
        if src == dst:
            continue
        if src in LEAF_RANK:
            if dst not in LEAF_RANK:
                bad.append(f"{where}: the leaf {src} may not import {dst} (leaves import only lower leaves)")
            elif LEAF_RANK[dst] >= LEAF_RANK[src]:
                bad.append(
                    f"{where}: {src} (rank {LEAF_RANK[src]}) may import only lower leaves, "
                    f"not {dst} (rank {LEAF_RANK[dst]}); see LEAF_RANK"
                )
        elif src not in RULES:
            bad.append(f"{where}: {imp.file} is in no room; add {src} to LEAF_RANK or RULES")
        elif dst not in RULES[src]:
            bad.append(f"{where}: {src} may not import {dst}; it may import {', '.join(RULES[src])}")
        elif (src, dst) in LAZY_ONLY and not imp.lazy:
            bad.append(f"{where}: {src} may import {dst} only inside a function (lazily)")
    return bad


def heavy_at_module_level(imports: Iterable[Import]) -> list[str]:
    bad = []
    for imp in imports:
        heavy = any(imp.target == h or imp.target.startswith(h + ".") for h in HEAVY)
        if (
            heavy
            and not imp.lazy
            and imp.runtime
            and room_of(imp.file).split(".")[0] not in HEAVY_AT_MODULE_LEVEL
        ):
            bad.append(
                f"{imp.file}:{imp.line}: imports {imp.target} at module level; import it inside the function"
            )
    return bad


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one file (or a file importing itself), each as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strongconnect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                strongconnect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                cycles.append(_cycle_path(graph, set(component)))

    for node in sorted(graph):
        if node not in index:
            strongconnect(node)
    return cycles


def _cycle_path(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One concrete cycle through a strongly connected component: a -> b -> ... -> a."""
    start = min(component)
    path, seen = [start], {start}
    node = start
    while True:
        nxt = min(n for n in graph[node] if n in component)
        if nxt in seen:
            return [*path[path.index(nxt) :], nxt]
        path.append(nxt)
        seen.add(nxt)
        node = nxt


def module_graph(imports: Iterable[Import], root: Path = ROOT) -> dict[str, set[str]]:
    """File -> files it imports at module level (at run time). The implicit import of a parent package is left
    out: ``import companion.knowledge.priors`` runs ``companion/knowledge/__init__.py`` too, but that file only
    holds a docstring."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        graph.setdefault(imp.file, set())
        if imp.lazy or not imp.runtime or not is_ours(imp.target):
            continue
        target = module_file(imp.target, root)
        if target is not None:
            graph[imp.file].add(target)
    return graph


def python_files(root: Path = ROOT) -> Iterator[str]:
    for top in TOP:
        if (root / top).is_dir():
            for path in sorted((root / top).rglob("*.py")):
                if "__pycache__" not in path.parts:
                    yield path.relative_to(root).as_posix()


def all_imports(root: Path = ROOT) -> list[Import]:
    found = []
    for rel in python_files(root):
        found += collect_imports(rel, (root / rel).read_text(encoding="utf-8"), root)
    return found


# ---------------------------------------------------------------- the house itself


def test_every_file_is_in_a_room():
    rooms = {room_of(rel) for rel in python_files()}
    unknown = sorted(r for r in rooms if r not in LEAF_RANK and r not in RULES)
    assert not unknown, f"rooms missing from LEAF_RANK/RULES in tests/test_architecture.py: {unknown}"


def test_rooms_import_only_what_they_may():
    bad = violations(all_imports())
    assert not bad, "import rules broken:\n" + "\n".join(bad)


def test_no_import_cycles_between_files():
    cycles = find_cycles(module_graph(all_imports()))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_heavy_packages_are_imported_lazily():
    bad = heavy_at_module_level(all_imports())
    assert not bad, "heavy imports at module level:\n" + "\n".join(bad)


def test_sub_package_inits_hold_one_docstring_saying_what_the_room_may_import():
    inits = [rel for rel in python_files() if rel.endswith("/__init__.py") and rel != "companion/__init__.py"]
    assert "companion/listening/__init__.py" in inits and "bridge/capture/__init__.py" in inits
    for rel in inits:
        body = ast.parse((ROOT / rel).read_text(encoding="utf-8")).body
        docstring = ast.get_docstring(ast.Module(body=body, type_ignores=[])) if body else None
        assert len(body) == 1 and docstring, f"{rel}: only a docstring (what the room is for), no code"
        assert "may import" in docstring.lower(), f"{rel}: the docstring should say what the room may import"


# ---------------------------------------------------------------- the checker catches what it should


@pytest.fixture
def fake_root(tmp_path: Path) -> Path:
    """The real companion/, bridge/ and model/ plus small gui/ and training/ packages (they may not exist yet)."""
    for top in ("companion", "bridge", "model"):
        (tmp_path / top).symlink_to(ROOT / top, target_is_directory=True)
    for rel in ("gui/__init__.py", "gui/overlay.py", "training/__init__.py", "training/lora.py"):
        (tmp_path / rel).parent.mkdir(exist_ok=True)
        (tmp_path / rel).write_text('"""stub"""\n', encoding="utf-8")
    return tmp_path


def _check(rel: str, source: str, root: Path) -> list[str]:
    return violations(collect_imports(rel, source, root), root)


@pytest.mark.parametrize(
    ("rel", "source", "message"),
    [
        ("companion/listening/x.py", "from companion.synth.mix import render_mix", "may import only lower leaves"),
        ("companion/knowledge/x.py", "def f():\n    import model.rules", "the leaf companion.knowledge may not import model"),
        ("companion/context.py", "from companion.errors import BadInput", "rank 0"),
        ("companion/synth/x.py", "from bridge.reaper import schemas", "may not import bridge.reaper"),
        ("companion/analysis.py", "from companion.app import Companion", "may not import companion.app"),
        ("bridge/reaper/x.py", "from companion.app import Companion", "bridge.reaper may not import companion.app"),
        ("bridge/capture/x.py", "from bridge.virtual.project import build_project", "may not import bridge.virtual"),
        ("model/x.py", "from companion.cli.main import main", "model may not import companion.cli"),
        ("model/x.py", "from gui import overlay", "model may not import gui"),
        ("gui/x.py", "from companion.cli.main import main", "gui may not import companion.cli"),
        ("training/x.py", "from bridge.capture import registry", "training may not import bridge.capture"),
        ("companion/cli/x.py", "import gui.overlay", "only inside a function"),
        ("companion/cli/x.py", "HANDLERS = {'a': 'companion.cli.gone:cmd'}", "no module of this repository"),
        ("companion/knowledge/x.py", "from ..listening import tonal", "may import only lower leaves"),
        ("companion/newroom.py", "from companion.context import Topic", "is in no room"),
    ],
)  # fmt: skip
def test_the_checker_names_the_file_and_the_import(rel, source, message, fake_root):
    bad = _check(rel, source, fake_root)
    assert len(bad) == 1 and message in bad[0] and bad[0].startswith(f"{rel}:"), bad


@pytest.mark.parametrize(
    ("rel", "source"),
    [
        ("companion/synth/x.py", "from companion.listening.audio import clip_from_array"),
        ("companion/listening/x.py", "from . import tonal\nfrom companion.knowledge.bands import BANDS"),
        ("companion/cli/x.py", "def f():\n    import gui.overlay\n    from training import lora"),
        ("companion/cli/x.py", "HANDLERS = {'demo': 'companion.cli.ask:cmd_demo'}"),
        ("bridge/virtual/x.py", "from bridge.reaper.osc_io import encode_message"),
        ("model/x.py", "from companion.knowledge.priors import starting_points\nimport numpy"),
        ("gui/x.py", "from companion.app import Companion\nfrom bridge.capture import registry"),
        ("training/x.py", "from model.prompt import build_messages\nfrom companion.context import Turn"),
    ],
)
def test_the_checker_lets_allowed_imports_pass(rel, source, fake_root):
    assert _check(rel, source, fake_root) == []


def test_the_checker_finds_a_cycle_and_ignores_lazy_imports():
    source = (
        "from companion.listening.audio import load_clip\n\ndef f():\n    from companion.synth import demo\n"
    )
    graph = module_graph(collect_imports("companion/listening/x.py", source))
    assert graph == {"companion/listening/x.py": {"companion/listening/audio.py"}}
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"a"}}) == [["a", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_heavy_imports_are_caught_at_module_level_only():
    source = "import torch\nfrom scipy import signal\n\ndef f():\n    import transformers\n"
    bad = heavy_at_module_level(collect_imports("model/x.py", source))
    assert len(bad) == 2 and "imports torch at module level" in bad[0] and "imports scipy.signal at" in bad[1]
    assert heavy_at_module_level(collect_imports("gui/x.py", "from PyQt6 import QtWidgets")) == []
