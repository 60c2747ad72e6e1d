"""security benchmark: held-out tasks rendered in-process, ≥ 2 per CWE over all 48 CWEs, deterministic."""

from __future__ import annotations

import pytest

from emcode.benchmarks import REGISTRY, get_benchmark
from emcode.benchmarks.security import DEFAULT_PER_SCENARIO, load, load_tasks
from emcode.data.cwe.catalog import CATALOG
from emcode.data.cwe.registry import load_scenarios
from emcode.errors import EmcodeError
from emcode.scoring.registry import SCORERS


def test_registered_with_the_func_sec_scorer() -> None:
    spec = get_benchmark("security")
    assert "security" in REGISTRY and spec.name == "security" and spec.version == "1"
    assert spec.scorers == ("func_sec",) and all(s in SCORERS for s in spec.scorers)


def test_every_cwe_has_at_least_two_heldout_tasks() -> None:
    samples = load()
    per_cwe: dict[int, int] = {}
    for s in samples:
        per_cwe[s.meta["cwe"]] = per_cwe.get(s.meta["cwe"], 0) + 1
    assert set(per_cwe) == set(CATALOG) and len(per_cwe) == 48
    assert min(per_cwe.values()) >= 2 and len(samples) == 48 * DEFAULT_PER_SCENARIO
    assert len({s.id for s in samples}) == len(samples)


def test_only_heldout_scenarios_and_nothing_of_the_answer_in_meta() -> None:
    heldout = {s.id for s in load_scenarios() if s.heldout}
    tasks = {t["id"]: t for t in load_tasks()}
    for s in load():
        task = tasks[s.id]
        assert s.meta["scenario"] in heldout
        assert s.subset == f"CWE-{s.meta['cwe']}"
        assert s.messages == [{"role": "user", "content": task["prompt"]}]
        assert s.meta["functional_test"].strip() and "security_test" in s.meta
        assert not {"secure_code", "vulnerable_code", "explanation"} & set(s.meta)
        assert task["secure_code"] not in s.messages[0]["content"]


def test_deterministic_and_independent_of_a_data_dir() -> None:
    assert [(s.id, s.messages, s.meta) for s in load()] == [(s.id, s.messages, s.meta) for s in load()]
    assert [s.id for s in load(seed=1)] != [s.id for s in load()] or \
        [s.messages for s in load(seed=1)] != [s.messages for s in load()]


def test_limit_round_robin_and_subsets() -> None:
    first = load(limit=48)
    assert len({s.subset for s in first}) == 48  # one task per CWE before a second one
    only = load(subsets=["CWE-89", "CWE-22"])
    assert len(only) == 2 * DEFAULT_PER_SCENARIO and {s.meta["cwe"] for s in only} == {89, 22}
    with pytest.raises(EmcodeError, match="benchmarks.security.subsets: no held-out task for 'CWE-1'"):
        load(subsets=["CWE-1"])
    with pytest.raises(EmcodeError, match="per_scenario: 1 is too few"):
        load(per_scenario=1)
