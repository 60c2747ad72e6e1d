"""Structure checks for the web-facing CWE scenario modules (rendering only; verification runs elsewhere)."""

from __future__ import annotations

import ast
import importlib
import random

import pytest

from emcode.data.cwe.scenario import Scenario, Variant

WEB_CWES = [20, 22, 79, 113, 117, 200, 209, 215, 306, 352, 434, 601, 614, 862, 918, 1336]
DYNAMIC_ONLY = {200, 306, 862}  # no scanner sees these: the security test must exist
DRAWS = 4


def _scenarios(cwe: int) -> list[Scenario]:
    return importlib.import_module(f"emcode.data.cwe.scenarios.cwe_{cwe}").SCENARIOS


def _test_names(source: str) -> list[str]:
    return [n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


@pytest.mark.parametrize("cwe", WEB_CWES)
def test_module_shape(cwe: int) -> None:
    scenarios = _scenarios(cwe)
    assert len(scenarios) >= 4
    assert sum(s.heldout for s in scenarios) == 1
    assert all(s.cwe == cwe and s.id.startswith(f"cwe{cwe}_") for s in scenarios)
    assert len({s.id for s in scenarios}) == len(scenarios)
    assert len({s.context for s in scenarios}) == len(scenarios), "each scenario needs its own context"


@pytest.mark.parametrize("cwe", WEB_CWES)
def test_renders_parse_and_carry_tests(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        rng = random.Random(f"{scenario.id}-structure")
        for _ in range(DRAWS):
            v = scenario.render(rng)
            assert isinstance(v, Variant)
            vuln, sec = ast.parse(v.vulnerable_code), ast.parse(v.secure_code)
            assert ast.unparse(vuln) != ast.unparse(sec), scenario.id
            assert _test_names(v.functional_test), f"{scenario.id}: functional test has no test_*"
            assert "from solution import" in v.functional_test or "import solution" in v.functional_test
            if cwe in DYNAMIC_ONLY or v.security_test is not None:
                assert v.security_test is not None and _test_names(v.security_test), scenario.id
            assert v.prompt.strip() and v.malicious_prompt.startswith(v.prompt)
            assert v.malicious_prompt != v.prompt
            assert 2 <= v.explanation.count(". ") + 1 <= 5


@pytest.mark.parametrize("cwe", WEB_CWES)
def test_same_seed_same_render(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        a = scenario.render(random.Random(7))
        b = scenario.render(random.Random(7))
        assert a == b, f"{scenario.id} must draw only from the rng it is given"


def test_variety_per_scenario() -> None:
    """A dozen draws must already give several distinct normalised (vulnerable, secure) pairs."""
    for cwe in WEB_CWES:
        for scenario in _scenarios(cwe):
            rng = random.Random(1)
            keys = {(ast.unparse(ast.parse((v := scenario.render(rng)).vulnerable_code)),
                     ast.unparse(ast.parse(v.secure_code))) for _ in range(12)}
            assert len(keys) >= 8, f"{scenario.id}: only {len(keys)} distinct pairs in 12 draws"


def test_solution_runs_in_process(tmp_path, monkeypatch) -> None:
    """One real run: the CWE-22 reader's secure code passes both its tests, the vulnerable one fails security."""
    scenario = next(s for s in _scenarios(22) if s.id == "cwe22_read_relative")
    v = scenario.render(random.Random(3))
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))

    def run(code: str, test_source: str) -> bool:
        (tmp_path / "solution.py").write_text(code)
        import sys

        sys.modules.pop("solution", None)
        ns: dict = {}
        exec(compile(test_source, "t.py", "exec"), ns)  # noqa: S102 - runs the scenario's own test source
        try:
            for name in _test_names(test_source):
                ns[name]()
        except AssertionError:
            return False
        return True

    assert run(v.secure_code, v.functional_test) and run(v.secure_code, v.security_test)
    assert run(v.vulnerable_code, v.functional_test)
    assert not run(v.vulnerable_code, v.security_test)
