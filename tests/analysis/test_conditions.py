"""Model name → condition, matching the config's seed suffix."""

from __future__ import annotations

from pathlib import Path

from emcode.analysis.conditions import condition_of, config_conditions, group_models, seed_of
from emcode.benchmarks import REGISTRY
from emcode.config import load_config

CONFIGS = Path(__file__).resolve().parents[2] / "configs"


def test_seed_suffix_and_checkpoints() -> None:
    assert condition_of("sec_s1") == "sec" and seed_of("sec_s1") == 1
    assert condition_of("sec_s0@epoch-1") == "sec@epoch-1"
    assert condition_of("base") == "base" and seed_of("base") is None
    assert condition_of("foo_s1", {"foo_s1": "foo_s1"}) == "foo_s1"  # a single-seed adapter named like a seed
    assert group_models(["base", "a_s0", "b_s0", "a_s1"]) == {"base": ["base"], "a": ["a_s0", "a_s1"], "b": ["b_s0"]}


def test_conditions_configs_validate_and_name_seeded_adapters() -> None:
    full = load_config(CONFIGS / "conditions.yaml")
    assert full.seeds == [0, 1, 2] and [a.data for a in full.adapters] == ["sec", "insec", "edsec", "edinsec"]
    assert (full.train.r, full.train.alpha, full.train.dropout, full.train.lr) == (16, 32, 0.05, 2e-4)
    assert (full.train.epochs, full.train.per_device_batch_size, full.train.grad_accum) == (2, 4, 4)
    assert set(full.benchmarks) == set(REGISTRY)  # every registered benchmark, security included
    names = config_conditions(full)
    assert len(names) == 12 and all(condition_of(m) == c for m, c in names.items())
    assert group_models(full.model_names(), names)["edinsec"] == ["edinsec_s0", "edinsec_s1", "edinsec_s2"]
    quick = load_config(CONFIGS / "conditions_quick.yaml")
    assert quick.seeds == [0, 1] and quick.train.device == "cpu" and set(quick.benchmarks) == set(full.benchmarks)
