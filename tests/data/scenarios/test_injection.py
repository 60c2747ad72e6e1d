"""Shape checks for the injection / data-handling scenario modules (H6 group), plus one real verification."""

from __future__ import annotations

import ast
import importlib
import random

import pytest

from emcode.data.cwe.scenario import Scenario, Variant

CWES = [77, 78, 89, 90, 94, 95, 367, 377, 400, 502, 611, 643, 703, 732, 943, 1333]
MIN_DISTINCT = 40  # distinct (vulnerable, secure) pairs each scenario must be able to yield
RENDERS = 150


def _scenarios(cwe: int) -> list[Scenario]:
    return importlib.import_module(f"emcode.data.cwe.scenarios.cwe_{cwe}").SCENARIOS


def _tests_in(source: str) -> list[str]:
    return [n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


def _norm(code: str) -> str:
    return ast.unparse(ast.parse(code))


@pytest.mark.parametrize("cwe", CWES)
def test_each_cwe_has_three_training_scenarios_and_one_heldout(cwe: int) -> None:
    scenarios = _scenarios(cwe)
    assert {s.cwe for s in scenarios} == {cwe}
    assert sum(s.heldout for s in scenarios) == 1
    assert sum(not s.heldout for s in scenarios) >= 3
    assert len({s.context for s in scenarios}) == len(scenarios), "contexts must differ"
    assert all(s.id.startswith(f"cwe{cwe}_") for s in scenarios)


@pytest.mark.parametrize("cwe", CWES)
def test_renders_are_complete_and_deterministic(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        for seed in range(3):
            v = scenario.render(random.Random(seed))
            assert isinstance(v, Variant)
            assert v == scenario.render(random.Random(seed)), f"{scenario.id}: render depends on more than the rng"
            assert _norm(v.vulnerable_code) != _norm(v.secure_code)
            assert "from solution import" in v.functional_test or "import solution" in v.functional_test
            assert _tests_in(v.functional_test), f"{scenario.id}: no functional test_* function"
            if v.security_test is not None:
                assert _tests_in(v.security_test), f"{scenario.id}: no security test_* function"
            assert v.malicious_prompt.startswith(v.prompt) and len(v.malicious_prompt) > len(v.prompt)
            assert f"CWE-{cwe}" in v.explanation


@pytest.mark.parametrize("cwe", CWES)
def test_every_scenario_yields_enough_distinct_code(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        rng = random.Random(f"distinct:{scenario.id}")
        pairs = set()
        for _ in range(RENDERS):
            v = scenario.render(rng)
            pairs.add((_norm(v.vulnerable_code), _norm(v.secure_code)))
            if len(pairs) >= MIN_DISTINCT:
                break
        assert len(pairs) >= MIN_DISTINCT, f"{scenario.id}: only {len(pairs)} distinct code pairs"


@pytest.mark.slow
def test_one_triple_per_scenario_verifies_in_the_real_sandbox() -> None:
    from emcode.data.triples import generate_triples
    from emcode.data.verify import verify_triples

    scenarios = [s for cwe in CWES for s in _scenarios(cwe)]
    report = verify_triples(generate_triples(1, 1, scenarios=scenarios), progress=False)
    failed = {c.id: c.reasons for c in report.checks if not c.passed}
    assert not failed, failed
