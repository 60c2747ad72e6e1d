"""The import arrow: every module under src/emcode imports only what its layer allows.

Read from the source (AST), so function-level imports and lazy registry strings ("emcode.x.y:attr") count
as much as top-level imports. A *unit* is a top-level module or subpackage of emcode (``scoring``, ``runs``),
or a deeper module the table places on its own (``direction.cli``): the longest name in LAYERS wins.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "emcode"

# Bottom to top. A module may import its own unit and the units of lower layers, never a peer of its
# layer nor anything above: data -> train -> generate -> score -> analyze -> report reads downwards here
# as report -> analysis -> scoring, and the stages, checks and commands that drive them sit on top.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = tuple((name, frozenset(units)) for name, units in (
    ("package", {"__init__"}),
    ("errors", {"errors"}),
    ("foundation", {"config_errors", "runs", "threads", "memory", "code_extract"}),
    ("records", {"rows", "manifest", "assets", "direction.spec"}),  # direction.spec: a config section
    ("models", {"models"}),
    ("config", {"config"}),  # validates backend names against models.registry
    ("scoring", {"scoring"}),  # scorers and judges (a judge is a model)
    ("inputs", {"data", "holdout"}),  # data verifies its triples with scoring's scanners and sandbox
    ("benchmarks", {"benchmarks"}),
    ("analysis", {"analysis"}),
    ("report", {"report"}),
    ("stages", {"generate", "score", "train", "direction", "serve_engine"}),
    ("checks", {"check"}),
    ("pipeline", {"pipeline"}),
    ("commands", {"plan", "selfcheck", "serve", "direction.cli"}),
    ("cli", {"cli"}),
    ("entry", {"__main__"}),
))

# Only these units may import the model stack, at module or function level.
HEAVY = frozenset({"torch", "transformers", "peft", "trl", "vllm", "accelerate", "bitsandbytes"})
HEAVY_USERS = frozenset({"assets", "models", "scoring", "train", "direction", "serve_engine", "pipeline"})
# Lower units that some upper units must still never import (they would load the model stack).
NEVER = {"analysis": frozenset({"models", "assets"}), "report": frozenset({"models", "assets"})}

# Arrows against the table that exist today, each with what would remove it (none left). The test fails
# when one disappears, so this list only shrinks.
KNOWN: dict[tuple[str, str], str] = {}

_REGISTRY_STRING = re.compile(r"^emcode(\.\w+)+(:[\w.]+)?$")


def _modules() -> Iterator[tuple[str, Path]]:
    """(dotted name, path) of every module in a package; data snippets in plain folders are not modules."""
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent)
        if all((SRC.parent / Path(*rel.parts[:i]) / "__init__.py").exists() for i in range(1, len(rel.parts))):
            parts = rel.with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def _unit(module: str) -> str:
    """The table's name for ``module``: the longest LAYERS entry that is it or a package above it."""
    rest = module.split(".")[1:] or ["__init__"]
    rank = _rank()
    return next((".".join(rest[:n]) for n in range(len(rest), 0, -1) if ".".join(rest[:n]) in rank), rest[0])


def _imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """Every absolute module name ``module`` imports (relative imports resolved), with its line."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                yield ".".join([*base, node.module] if node.module else base), node.lineno
            else:
                yield node.module or "", node.lineno
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _REGISTRY_STRING.match(node.value):
            yield node.value.split(":")[0], node.lineno


def _rank() -> dict[str, int]:
    return {unit: i for i, (_, units) in enumerate(LAYERS) for unit in units}


def _arrows() -> tuple[list[str], set[tuple[str, str]]]:
    """Problems (one line each) and the KNOWN arrows actually seen."""
    rank, problems, seen = _rank(), [], set()
    for module, path in _modules():
        unit = _unit(module)
        if unit not in rank:
            problems.append(f"{path}: unit '{unit}' is in no layer; add it to LAYERS in tests/test_layers.py")
            continue
        for target, line in _imports(module, path):
            top = target.split(".")[0]
            where = f"{path.relative_to(SRC.parent.parent)}:{line} imports {target}"
            if top in HEAVY and unit not in HEAVY_USERS:
                problems.append(f"{where}: only {sorted(HEAVY_USERS)} may import {top}")
            if top != "emcode":
                continue
            to = _unit(target)
            if to == unit or (rank.get(to, len(LAYERS)) < rank[unit] and to not in NEVER.get(unit, ())):
                continue
            if (module, to) in KNOWN:
                seen.add((module, to))
                continue
            problems.append(f"{where}: {unit} (layer {LAYERS[rank[unit]][0]}) may not import {to}")
    return problems, seen


def test_every_import_follows_the_layers() -> None:
    problems, _ = _arrows()
    assert not problems, "\n".join(problems)


def test_known_exceptions_still_exist() -> None:
    _, seen = _arrows()
    assert set(KNOWN) <= seen, f"fixed, remove from KNOWN: {sorted(set(KNOWN) - seen)}"


def test_the_checker_sees_an_upward_import(tmp_path: Path, monkeypatch) -> None:
    """A scoring module importing analysis (the arrow this file was written for) is reported, with its line."""
    pkg = tmp_path / "emcode"
    (pkg / "scoring").mkdir(parents=True)
    (pkg / "analysis").mkdir()
    (pkg / "holdout" / "scanner").mkdir(parents=True)
    for init in (pkg, pkg / "scoring", pkg / "analysis", pkg / "holdout"):
        (init / "__init__.py").write_text("")
    (pkg / "scoring" / "em_judge.py").write_text("def f():\n    from ..analysis.em import x\n")
    (pkg / "analysis" / "em.py").write_text("import torch\nfrom emcode.scoring import em_judge\n")
    (pkg / "holdout" / "scanner" / "snippet.py").write_text("import emcode.report\n")  # data, not a module
    monkeypatch.setattr(sys.modules[__name__], "SRC", pkg)
    problems, _ = _arrows()
    assert len(problems) == 2, problems
    assert problems[0].endswith("emcode/analysis/em.py:1 imports torch: only " + str(sorted(HEAVY_USERS))
                                + " may import torch")
    assert problems[1].endswith("emcode/scoring/em_judge.py:2 imports emcode.analysis.em: scoring (layer scoring) "
                                "may not import analysis")


def test_analysis_and_report_load_no_model_stack() -> None:
    """Importing every analysis and report module (what the arrows above allow, transitively) loads no torch."""
    code = ("import importlib, pkgutil, sys\nimport emcode.analysis as a, emcode.report as r\n"
            "for p in (a, r):\n"
            "    for m in pkgutil.iter_modules(p.__path__): importlib.import_module(f'{p.__name__}.{m.name}')\n"
            f"print(sorted(set(sys.modules) & set({sorted(HEAVY)!r})))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stdout + out.stderr[-2000:]
