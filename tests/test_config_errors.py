"""Config error helpers: suggestions for misspelt keys and the keys allowed at an error's location."""

from __future__ import annotations

from emcode.config import Experiment
from emcode.config_errors import did_you_mean, known_keys


def test_did_you_mean_spelling_other_tools_names_and_short_lists() -> None:
    assert did_you_mean("temprature", ["temperature", "top_p"], "generation.") == "; did you mean 'generation.temperature'?"
    assert did_you_mean("learning_rate", ["lr", "r", "alpha"]) == "; did you mean 'lr'?"  # TRL's name for it
    assert did_you_mean("zzz", ["a", "b"]) == " (known: a, b)"
    assert did_you_mean("zzz", [f"k{i}" for i in range(20)]) == ""


def test_known_keys_walk_dicts_and_lists() -> None:
    assert "limit" in known_keys(("benchmarks", "ifeval", "limt"), Experiment)
    assert "init_from" in known_keys(("adapters", 0, "nme"), Experiment)
    assert "per_scenario" in known_keys(("data", "build", "sed"), Experiment)
    assert known_keys(("train", "lr", "x"), Experiment) == []
