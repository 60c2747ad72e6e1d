"""ANOVA (seed and item level), Tukey HSD, chi-square and logit on planted data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from emcode.analysis.anova import anova_tables, tukey_pairs
from emcode.analysis.ci import view_stats
from tests.analysis.stats_synth import conditions_frame


def _tables(rates: dict[str, float], seeds: int = 3, n: int = 300, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    stats = view_stats(conditions_frame(rates, seeds=seeds, n=n, seed=seed), n_boot=50)
    return anova_tables(stats, tukey_below=1.0)


def _p(table: pd.DataFrame, level: str, test: str) -> float:
    return float(table[(table["level"] == level) & (table["test"] == test)]["p_value"].iloc[0])


def test_planted_difference_is_detected_at_both_levels_with_binary_tests() -> None:
    anova, _ = _tables({"base": 0.5, "sec": 0.7, "edsec": 0.7, "edinsec": 0.3, "insec": 0.3})
    assert _p(anova, "seed", "anova") < 1e-3
    assert _p(anova, "item", "anova") < 1e-10
    assert _p(anova, "item", "chi2") < 1e-10 and _p(anova, "item", "logit_lr") < 1e-10
    row = anova[(anova["level"] == "item") & (anova["test"] == "anova")].iloc[0]
    assert (row["df"], row["df_resid"], row["n"]) == (3, 3600 - 4, 3600)
    assert row["groups"] == "sec, edsec, edinsec, insec"  # base is not a condition of the ANOVA


def test_null_effect_is_not_significant() -> None:
    anova, _ = _tables({"base": 0.5, "sec": 0.5, "edsec": 0.5, "edinsec": 0.5, "insec": 0.5}, seed=3)
    for level, test in (("seed", "anova"), ("item", "anova"), ("item", "chi2"), ("item", "logit_lr")):
        assert _p(anova, level, test) > 0.05, (level, test)


def test_tukey_flags_only_pairs_with_the_odd_condition() -> None:
    _, tukey = _tables({"base": 0.5, "sec": 0.5, "edsec": 0.5, "edinsec": 0.5, "insec": 0.1}, n=400, seed=1)
    item = tukey[tukey["level"] == "item"]
    assert len(item) == 6
    for _, r in item.iterrows():
        assert bool(r["reject"]) == ("insec" in (r["group1"], r["group2"])), (r["group1"], r["group2"])


def test_tukey_matches_statsmodels() -> None:
    from statsmodels.stats.multicomp import pairwise_tukeyhsd

    rng = np.random.default_rng(0)
    data = pd.DataFrame({"condition": np.repeat(["a", "b", "c"], [5, 6, 7]),
                         "value": np.concatenate([rng.normal(m, 1, k) for m, k in ((0, 5), (1, 6), (2.5, 7))])})
    ours = tukey_pairs(data)
    ref = pairwise_tukeyhsd(data["value"].to_numpy(), data["condition"].to_numpy())
    assert np.allclose(ours["meandiff"], ref.meandiffs)
    assert np.allclose(ours["p_adj"], ref.pvalues, atol=1e-6)
    assert np.allclose(ours["lower"], ref.confint[:, 0]) and np.allclose(ours["upper"], ref.confint[:, 1])


def test_one_seed_per_condition_says_why_seed_level_did_not_run() -> None:
    anova, tukey = _tables({"base": 0.5, "sec": 0.7, "insec": 0.3}, seeds=1, n=100)
    row = anova[anova["level"] == "seed"].iloc[0]
    assert np.isnan(row["p_value"]) and "one seed" in row["note"]
    assert (tukey["level"] == "seed").sum() == 0 and (tukey["level"] == "item").sum() == 1


@pytest.mark.parametrize("rates", [{"base": 0.5, "sec": 0.0, "insec": 0.0}, {"base": 0.5, "sec": 1.0, "insec": 0.0}])
def test_degenerate_binary_outcomes_do_not_crash(rates: dict[str, float]) -> None:
    anova, _ = _tables(rates, seeds=2, n=30)
    assert len(anova) == 4  # seed anova + item anova, chi2, logit: each with a value or a note
    assert all((np.isfinite(p) or note) for p, note in zip(anova["p_value"], anova["note"], strict=True))
