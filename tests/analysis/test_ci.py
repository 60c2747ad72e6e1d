"""Bootstrap means: coverage, pairing, seed-level resampling, determinism, counts."""

from __future__ import annotations

import numpy as np
import pytest

from emcode.analysis.ci import bootstrap_means, bootstrap_p, group_point, mean_cis, percentile_ci
from tests.analysis.stats_synth import binary_rows, conditions_frame, frame


def test_ci_covers_the_true_rate_about_95_percent() -> None:
    rng = np.random.default_rng(1)
    hits = 0
    for k in range(120):
        x = (rng.random((1, 150)) < 0.3).astype(float)
        lo, hi = percentile_ci(bootstrap_means({"m": x}, n_boot=400, seed=k)["m"])
        hits += lo <= 0.3 <= hi
    assert 0.87 <= hits / 120 <= 0.995


def test_seed_level_resampling_widens_the_ci_when_seeds_differ() -> None:
    rng = np.random.default_rng(2)
    seeds = np.vstack([(rng.random(400) < p).astype(float) for p in (0.2, 0.5, 0.8)])
    both = percentile_ci(bootstrap_means({"c": seeds}, n_boot=800, seed=0)["c"])
    items_only = percentile_ci(bootstrap_means({"c": seeds}, n_boot=800, seed=0, seed_level=False)["c"])
    assert (both[1] - both[0]) > 3 * (items_only[1] - items_only[0])
    assert group_point(seeds) == pytest.approx(seeds.mean())


def test_shared_item_weights_pair_the_comparison() -> None:
    rng = np.random.default_rng(3)
    item = rng.normal(0, 5, 300)  # large prompt effect shared by both models
    a = (item + rng.normal(0, 0.5, 300))[None, :]
    b = (item + 0.3 + rng.normal(0, 0.5, 300))[None, :]
    reps = bootstrap_means({"a": a, "b": b}, n_boot=1000, seed=0)
    lo, hi = percentile_ci(reps["b"] - reps["a"])
    assert 0.15 < lo < 0.3 < hi < 0.45  # paired: the prompt effect cancels
    nan = np.full((1, 300), np.nan)  # the same values under disjoint ids: unpaired, far wider
    unpaired = bootstrap_means({"a": np.hstack([a, nan]), "b": np.hstack([nan, b])}, n_boot=1000, seed=0)
    ulo, uhi = percentile_ci(unpaired["b"] - unpaired["a"])
    assert uhi - ulo > 5 * (hi - lo)


def test_missing_values_are_left_out_and_results_are_seeded() -> None:
    x = np.array([[1.0, np.nan, 0.0, 1.0]])
    r1 = bootstrap_means({"m": x}, n_boot=300, seed=7)["m"]
    assert np.array_equal(r1, bootstrap_means({"m": x}, n_boot=300, seed=7)["m"], equal_nan=True)
    assert np.nanmin(r1) >= 0 and np.nanmax(r1) <= 1
    assert group_point(x) == pytest.approx(2 / 3)


def test_bootstrap_p_is_two_sided_and_smoothed() -> None:
    assert bootstrap_p(np.linspace(1, 2, 999)) == 2 / 1000
    assert bootstrap_p(np.linspace(-1, 1, 1001)) > 0.9


def test_mean_cis_per_model_and_condition_with_counts() -> None:
    table = mean_cis(conditions_frame({"base": 0.5, "sec": 0.8}, seeds=2, n=100), n_boot=300)
    cond = table[(table["level"] == "condition") & (table["model"] == "sec")].iloc[0]
    assert (cond["n"], cond["n_items"], cond["n_models"]) == (200, 100, 2)
    assert cond["lo"] < cond["mean"] < cond["hi"] and 0.7 < cond["mean"] < 0.9
    assert cond["direction"] == "higher" and bool(cond["binary"])
    assert set(table[table["level"] == "model"]["model"]) == {"base", "sec_s0", "sec_s1"}


def test_samples_of_one_prompt_count_as_one_item() -> None:
    rng = np.random.default_rng(0)
    rows = binary_rows("base", 0.5, 10, rng)
    rows += [{**r, "sample_index": 1} for r in binary_rows("base", 0.5, 10, rng)]
    row = mean_cis(frame(rows), n_boot=100).iloc[0]
    assert (row["n"], row["n_items"]) == (20, 10)
