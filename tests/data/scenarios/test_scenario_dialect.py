"""The one scenario dialect: ``$``-templates and style helpers, ids and the registry derived, not hand-written."""

from __future__ import annotations

import ast
import random
from pathlib import Path

import pytest

from emcode.data.cwe import CATALOG
from emcode.data.cwe.registry import MODULES, load_scenarios
from emcode.data.cwe.render import docstring, fill, hinted, param, returns, signature
from emcode.data.cwe.scenario import cwe_of_module, scenario
from emcode.data.cwe.vocab import Style

SCENARIO_DIR = Path(__file__).resolve().parents[3] / "src" / "emcode" / "data" / "cwe" / "scenarios"
MODULE_FILES = sorted(SCENARIO_DIR.glob("cwe_*.py"))
HINTS = Style(type_hints=True, docstring=True, indent="    ")
PLAIN = Style(type_hints=False, docstring=False, indent="    ")


def test_registry_is_derived_from_the_catalog() -> None:
    assert sorted(MODULES) == sorted(CATALOG)
    assert sorted(int(p.stem.removeprefix("cwe_")) for p in MODULE_FILES) == sorted(CATALOG)


def test_ids_carry_the_module_cwe() -> None:
    for s in load_scenarios(strict=True):
        assert s.id.startswith(f"cwe{s.cwe}_"), s.id
    made = scenario("emcode.data.cwe.scenarios.cwe_89", "lookup", "library function", lambda rng: None)  # type: ignore[arg-type,return-value]
    assert (made.id, made.cwe) == ("cwe89_lookup", 89)
    with pytest.raises(ValueError, match="cwe_<number>"):
        cwe_of_module("emcode.data.cwe.scenarios.helpers")


@pytest.mark.parametrize("path", MODULE_FILES, ids=lambda p: p.stem)
def test_module_uses_the_shared_dialect(path: Path) -> None:
    """No f-string writes braces (an f-string that writes f-strings or dicts); style goes through the helpers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            assert "{" not in literal and "}" not in literal, f"{path.name}:{node.lineno}: use a fill() template"
        if isinstance(node, ast.Attribute) and node.attr in ("type_hints", "docstring"):
            pytest.fail(f"{path.name}:{node.lineno}: use emcode.data.cwe.render helpers, not st.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Scenario":
            pytest.fail(f"{path.name}:{node.lineno}: build scenarios with scenario(__name__, ...)")


def test_fill_leaves_python_braces_alone() -> None:
    assert fill('f"{$var}" + {"k": $n}', var="name", n=3) == 'f"{name}" + {"k": 3}'
    with pytest.raises(KeyError):
        fill("$missing")


def test_signature_and_docstring_follow_the_style() -> None:
    args = [("self", ""), ("path", "str"), ("limit", "int", "10")]
    assert signature(HINTS, "load", args, "list[str]") == "def load(self, path: str, limit: int = 10) -> list[str]:"
    assert signature(PLAIN, "load", args, "list[str]") == "def load(self, path, limit=10):"
    assert docstring(HINTS, "Load it.") == '    """Load it."""\n'
    assert docstring(HINTS, "Load it.", indent="        ") == '        """Load it."""\n'
    assert docstring(PLAIN, "Load it.") == ""
    assert (param(HINTS, "x", "int"), param(PLAIN, "x", "int")) == ("x: int", "x")
    assert (returns(HINTS, "None"), returns(PLAIN, "None")) == (" -> None", "")
    assert (hinted(HINTS, "from typing import Any\n"), hinted(PLAIN, "from typing import Any\n")) == (
        "from typing import Any\n", "")


def test_every_scenario_renders_deterministically() -> None:
    for s in load_scenarios(strict=True):
        assert s.render(random.Random(7)) == s.render(random.Random(7)), s.id
