"""Tests and intervals of the hypothesis rows: exact rates, zero counts, paired t, seed level, Fieller, MDE."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import fisher_exact, t, ttest_rel
from statsmodels.stats.power import FTestAnovaPower, TTestPower
from statsmodels.stats.proportion import confint_proportions_2indep

from emcode.analysis.inference import Group, anova_mde, fieller, infer, pooled_seed_var, t_mde


def _rates(xa: int, na: int, xb: int, nb: int, coef: float = 1.0) -> list[Group]:
    a = (np.arange(na) < xa).astype(float)[None, :]
    b = (np.arange(nb) < xb).astype(float)[None, :]
    return [Group("a", coef, a, (xa, na)), Group("b", -coef, b, (xb, nb))]


def test_demo_counts_get_the_exact_p_not_the_bootstrap_floor() -> None:
    # 0/20 aligned vs 2/20 misaligned: what `make demo` called a 100% reduction with Holm p 0.0023
    res = infer(_rates(0, 20, 2, 20), reduction=True)
    assert res.p_value == pytest.approx(fisher_exact([[0, 20], [2, 18]]).pvalue) == pytest.approx(0.4872, abs=1e-4)
    assert res.effect == 100.0
    assert res.ci_hi == pytest.approx(100.0) and res.ci_lo < -50  # the score interval of the ratio, finite here
    assert "Fisher" in res.test


def test_difference_uses_newcombe_and_ratio_the_score_interval() -> None:
    res = infer(_rates(30, 100, 18, 120))
    lo, hi = confint_proportions_2indep(30, 100, 18, 120, compare="diff", method="newcomb")
    assert (res.ci_lo, res.ci_hi) == pytest.approx((lo, hi))
    assert res.effect == pytest.approx(0.30 - 0.15)
    red = infer(_rates(18, 120, 30, 100), reduction=True)
    rlo, rhi = confint_proportions_2indep(18, 120, 30, 100, compare="ratio", method="score")
    assert (red.ci_lo, red.ci_hi) == pytest.approx(((1 - rhi) * 100, (1 - rlo) * 100))
    assert red.effect == pytest.approx(50.0) and red.ci_lo < 50 < red.ci_hi


def test_zero_counts_everywhere_are_inconclusive_not_errors() -> None:
    res = infer(_rates(0, 20, 0, 20), reduction=True)
    assert res.p_value == 1.0 and math.isnan(res.effect) and "both rates are 0" in res.note
    assert infer(_rates(0, 20, 0, 20)).p_value == 1.0


def test_continuous_single_models_take_the_paired_t() -> None:
    rng = np.random.default_rng(0)
    item = rng.normal(0, 3, 80)
    a, b = item + rng.normal(0.4, 1, 80), item + rng.normal(0, 1, 80)
    res = infer([Group("a", 1.0, a[None, :]), Group("b", -1.0, b[None, :])])
    ref = ttest_rel(a, b)
    assert res.p_value == pytest.approx(ref.pvalue) and res.test == "paired t"
    assert res.ci_lo < res.effect < res.ci_hi and res.effect == pytest.approx((a - b).mean())


def test_seed_level_widens_with_seed_spread_and_pools_it() -> None:
    rng = np.random.default_rng(1)
    n = 200

    def cond(shifts: list[float]) -> np.ndarray:
        return np.vstack([(rng.random(n) < 0.3 + s).astype(float) for s in shifts])

    calm = [Group("a", 1.0, cond([0.1, 0.1, 0.1]), None), Group("b", -1.0, cond([0, 0, 0]), None)]
    noisy = [Group("a", 1.0, cond([0.3, 0.0, 0.0]), None), Group("b", -1.0, cond([0.2, -0.1, -0.1]), None)]
    r_calm, r_noisy = infer(calm), infer(noisy)
    assert r_noisy.ci_hi - r_noisy.ci_lo > 2 * (r_calm.ci_hi - r_calm.ci_lo)
    assert "seed-level" in r_noisy.test
    var, df = pooled_seed_var([np.array([0.1, 0.3]), np.array([0.5, 0.5, 0.8]), np.array([0.2])])
    assert df == 3 and var == pytest.approx((0.02 + 0.06) / 3)


def test_seed_level_t_matches_a_hand_two_sample_t_when_seed_spread_dominates() -> None:
    a = np.array([[0.0] * 50 + [1.0] * 50, [1.0] * 90 + [0.0] * 10, [1.0] * 10 + [0.0] * 90])  # means .5 .9 .1
    b = np.array([[0.0] * 100, [1.0] * 30 + [0.0] * 70, [1.0] * 60 + [0.0] * 40])  # means 0 .3 .6
    res = infer([Group("a", 1.0, a), Group("b", -1.0, b)])
    ma, mb = np.array([0.5, 0.9, 0.1]), np.array([0.0, 0.3, 0.6])
    sp = (ma.var(ddof=1) + mb.var(ddof=1)) / 2  # pooled over both conditions, 4 df
    se = math.sqrt(sp / 3 + sp / 3)
    assert res.effect == pytest.approx(ma.mean() - mb.mean())
    assert res.p_value == pytest.approx(2 * t.sf(abs(res.effect) / se, 4))


def test_fieller_interval_solves_its_equation_and_is_unbounded_near_zero() -> None:
    a, va, b, vb, c = 0.2, 0.0004, 0.5, 0.0009, 1.96
    lo, hi = fieller(a, va, b, vb, c)
    for r in (lo, hi):
        assert (a - r * b) ** 2 == pytest.approx(c * c * (va + r * r * vb))
    assert lo < a / b < hi
    assert fieller(0.2, 0.0004, 0.01, 0.0009, 1.96) == (-math.inf, math.inf)


def test_mde_helpers_agree_with_statsmodels() -> None:
    sd, n = 2.0, 40
    d = TTestPower().solve_power(effect_size=None, nobs=n, alpha=0.05, power=0.8)
    assert t_mde(sd / math.sqrt(n), n - 1, 0.05) == pytest.approx(d * sd, rel=0.01)
    f = FTestAnovaPower().solve_power(effect_size=None, nobs=400, alpha=0.05, power=0.8, k_groups=4)
    assert anova_mde(400, 4, 0.05) == pytest.approx(f * f / (1 + f * f), rel=1e-3)
    res = infer(_rates(40, 200, 40, 200))
    assert 0.10 < res.mde(0.05) < 0.14 and res.mde(0.01) > res.mde(0.05)  # ≈ 12 points up from 20%
    assert math.isinf(infer(_rates(1, 10, 2, 10), reduction=True).mde(0.05))  # not even a drop to 0
