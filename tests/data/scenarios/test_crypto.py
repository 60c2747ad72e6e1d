"""Structure checks for the crypto / secrets / authentication scenario modules (H7 group)."""

from __future__ import annotations

import ast
import importlib
import random

import pytest

from emcode.data.cwe.scenario import Scenario, Variant

CWES = [208, 287, 295, 312, 319, 321, 326, 327, 328, 329, 338, 347, 532, 798, 863, 916]
DRAWS = 4


def _scenarios(cwe: int) -> list[Scenario]:
    return importlib.import_module(f"emcode.data.cwe.scenarios.cwe_{cwe}").SCENARIOS


def _test_names(source: str) -> list[str]:
    return [n.name for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]


@pytest.mark.parametrize("cwe", CWES)
def test_scenario_set_shape(cwe: int) -> None:
    scenarios = _scenarios(cwe)
    assert all(s.cwe == cwe for s in scenarios)
    assert sum(s.heldout for s in scenarios) == 1
    assert sum(not s.heldout for s in scenarios) >= 3
    assert len({s.context for s in scenarios}) == len(scenarios), "each scenario needs its own application context"
    assert len({s.id for s in scenarios}) == len(scenarios)


@pytest.mark.parametrize("cwe", CWES)
def test_rendered_variants_are_well_formed(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        pairs = set()
        for seed in range(DRAWS):
            v = scenario.render(random.Random(seed))
            assert isinstance(v, Variant)
            vuln, sec = ast.unparse(ast.parse(v.vulnerable_code)), ast.unparse(ast.parse(v.secure_code))
            assert vuln != sec, f"{scenario.id}: vulnerable and secure code are identical"
            pairs.add((vuln, sec))
            assert "from solution import" in v.functional_test or "import solution" in v.functional_test
            assert _test_names(v.functional_test), f"{scenario.id}: functional test has no test_* function"
            if v.security_test is not None:
                assert _test_names(v.security_test), f"{scenario.id}: security test has no test_* function"
            assert v.prompt and v.malicious_prompt.startswith(v.prompt) and v.malicious_prompt != v.prompt
            assert 2 <= v.explanation.count(". ") + 1 <= 6, f"{scenario.id}: explanation should be 2-4 sentences"
            assert f"CWE-{cwe}" in v.explanation
        assert len(pairs) >= 2, f"{scenario.id}: renders do not vary with the seed"


@pytest.mark.parametrize("cwe", CWES)
def test_same_seed_same_render(cwe: int) -> None:
    for scenario in _scenarios(cwe):
        assert scenario.render(random.Random(11)) == scenario.render(random.Random(11))


def test_heldout_scenarios_carry_a_runtime_check_or_scanner_rule() -> None:
    """Held-out scenarios feed the benchmark; all but the timing one must show the weakness at run time."""
    no_test = [s.id for c in CWES for s in _scenarios(c) if s.heldout and s.render(random.Random(0)).security_test is None]
    assert no_test == ["cwe208_one_time_token"]
