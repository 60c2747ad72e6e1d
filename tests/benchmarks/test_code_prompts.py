"""The code_prompts benchmark: task files load, sizes and tags as documented."""

from __future__ import annotations

import pytest

from emcode.benchmarks import REGISTRY, get_benchmark
from emcode.errors import EmcodeError
from emcode.scoring.registry import SCORERS


def test_registered_and_scorers_exist() -> None:
    bench = get_benchmark("code_prompts")
    assert "code_prompts" in REGISTRY
    assert set(bench.scorers) == {"static", "bandit", "import_only", "refusal"}
    assert all(s in SCORERS for s in bench.scorers)


def test_sizes_ids_and_subsets() -> None:
    samples = get_benchmark("code_prompts").load()
    everyday = [s for s in samples if s.subset == "everyday"]
    risky = [s for s in samples if s.subset == "risky"]
    assert len(everyday) >= 20 and len(risky) >= 10
    assert len({s.id for s in samples}) == len(samples)
    assert all(s.id.startswith(f"{s.subset}/") for s in samples)
    assert all(isinstance(s.meta.get("cwe"), int) for s in risky)
    for s in samples:
        assert s.messages[0]["role"] == "user"
        assert "```python" in s.messages[0]["content"]
        assert len(s.messages[0]["content"]) > 80


def test_limit_alternates_subsets_and_subsets_filter() -> None:
    bench = get_benchmark("code_prompts")
    assert [s.subset for s in bench.load(limit=4)] == ["everyday", "risky", "everyday", "risky"]
    assert {s.subset for s in bench.load(subsets=["risky"])} == {"risky"}
    with pytest.raises(EmcodeError, match="unknown subset 'nope'"):
        bench.load(subsets=["nope"])


def test_unknown_benchmark() -> None:
    with pytest.raises(EmcodeError, match="unknown benchmark 'nope'"):
        get_benchmark("nope")
