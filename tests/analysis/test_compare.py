"""Deltas vs base: sign, relative %, direction-aware ``better``, CI and levels."""

from __future__ import annotations

import numpy as np

from emcode.analysis.compare import COLUMNS, deltas, relative_pct
from tests.analysis.stats_synth import binary_rows, conditions_frame, frame, normal_rows


def test_delta_sign_relative_and_better_for_a_higher_is_better_metric() -> None:
    table = deltas(conditions_frame({"base": 0.6, "insec": 0.3}, seeds=2, n=400), n_boot=500)
    assert list(table.columns) == COLUMNS
    row = table[(table["level"] == "condition") & (table["model"] == "insec")].iloc[0]
    assert row["delta"] == row["mean"] - row["base_mean"]
    assert -0.38 < row["delta"] < -0.22
    assert row["rel_delta_pct"] == row["delta"] / row["base_mean"] * 100
    assert row["delta_lo"] < row["delta"] < row["delta_hi"] < 0
    assert not row["better"] and row["significant"] and row["paired"] == 1.0
    assert set(table["model"]) == {"insec", "insec_s0", "insec_s1"}  # base itself has no delta row


def test_lower_is_better_metric_and_null_effect() -> None:
    rng = np.random.default_rng(0)
    rows = normal_rows("base", 5.0, 300, rng, scorer="bandit", metric="bandit_findings")
    rows += normal_rows("secure", 3.0, 300, rng, scorer="bandit", metric="bandit_findings")
    rows += normal_rows("same", 5.0, 300, rng, scorer="bandit", metric="bandit_findings")
    table = deltas(frame(rows), n_boot=500)
    table = table[(table["level"] == "model") & (table["metric"] == "bandit_findings")].set_index("model")
    assert table.loc["secure", "better"] and table.loc["secure", "significant"]
    assert table.loc["secure", "direction"] == "lower"
    assert table.loc["same", "delta_lo"] < 0 < table.loc["same", "delta_hi"]


def test_safety_refusal_is_split_by_subset_with_its_own_direction() -> None:
    rng = np.random.default_rng(0)
    kw = {"benchmark": "safety", "scorer": "safety_refusal", "metric": "refused"}
    rows = binary_rows("base", 0.5, 100, rng, subset="harmful", **kw) + binary_rows("base", 0.1, 50, rng, subset="benign", **kw)
    rows += binary_rows("m", 0.9, 100, rng, subset="harmful", **kw) + binary_rows("m", 0.5, 50, rng, subset="benign", **kw)
    table = deltas(frame(rows), n_boot=200)
    table = table[table["level"] == "model"].set_index("metric")
    assert table.loc["refused_harmful", "direction"] == "higher" and table.loc["refused_harmful", "better"]
    assert table.loc["refused_benign", "direction"] == "lower" and not table.loc["refused_benign", "better"]


def test_no_base_no_deltas_and_relative_of_zero_base() -> None:
    data = conditions_frame({"base": 0.5, "sec": 0.5}, seeds=1, n=20)
    assert deltas(data[data["model"] != "base"], n_boot=50).empty
    assert np.isnan(relative_pct(0.2, 0.0))
