"""Calibration of the hypothesis verdicts by simulation through the real analysis code.

Null: every model's answers from one distribution (base rates 0.02–0.5, 10–500 items, 1 and 3
seeds, binary and continuous); a verdict other than inconclusive is a false verdict and its rate
must stay at or below α plus Monte-Carlo error (one-sided 99%: α + 2.33·SE). Power: an effect
planted at the minimal detectable effect must be found about 80% of the time, or as often as the
exact power of Fisher's test says on the exact path. Sized to take about a minute on 2 cores.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy.stats import binom, fisher_exact
from statsmodels.stats.power import TTestPower

from emcode.analysis.power import design_mde
from emcode.analysis.simulate import Rate, Scenario, hypothesis, null_grid, simulate

ALPHA = 0.05


def _bound(n: int, alpha: float = ALPHA) -> float:
    return alpha + 2.33 * math.sqrt(alpha * (1 - alpha) / n)


def _pooled(hid: str, grid: list[Scenario], reps: int, seed: int) -> tuple[Rate, list[str]]:
    k, n, lines = 0, 0, []
    for i, scen in enumerate(grid):
        res = simulate(hid, scen, reps, seed=seed + i)
        k, n = k + res.decided.k, n + res.decided.n
        lines.append(f"p={scen.base_rate} n={scen.n_items} seeds={scen.seeds}: {res.decided}")
    return Rate(k, n), lines


@pytest.mark.parametrize("hid", ["REPAIR-a", "ATTACK-1", "VULN-1", "VULN-2", "SAFETY-ANOVA"])
def test_binary_null_false_verdicts_stay_at_alpha(hid: str) -> None:
    reps = 6 if hid == "SAFETY-ANOVA" else 12
    rate, lines = _pooled(hid, null_grid("binary"), reps, seed=100)
    assert rate.value <= _bound(rate.n), (hid, str(rate), lines)


@pytest.mark.parametrize("hid", ["REPAIR-a", "ATTACK-1", "EM-2", "SAFETY-ANOVA"])
def test_continuous_null_false_verdicts_stay_at_alpha(hid: str) -> None:
    reps = 15 if hid == "SAFETY-ANOVA" else 30
    grid = [Scenario("continuous", 0.0, n, s, item_sd=1.0) for n in (10, 100, 500) for s in (1, 3)]
    rate, lines = _pooled(hid, grid, reps, seed=200)
    assert rate.value <= _bound(rate.n), (hid, str(rate), lines)


def test_the_demo_negative_control_is_fixed() -> None:
    # the case: 20 Bandit-scored answers per model at a few percent; the bootstrap called 35% of these
    res = simulate("VULN-1", Scenario("binary", 0.05, 20, 1), 150, seed=3)
    assert res.evaluable == 150 and res.decided.value <= _bound(150), str(res.decided)
    seeded = simulate("VULN-1", Scenario("binary", 0.1, 100, 3, seed_sd=0.4), 60, seed=4)
    assert seeded.decided.value <= _bound(60, 0.05), str(seeded.decided)


def _fisher_power(p0: float, p1: float, n: int, alpha: float) -> float:
    """Exact power of the two-sided Fisher test in the claimed direction (x1/n > x0/n), n answers each."""
    def window(p: float) -> np.ndarray:
        sd = math.sqrt(n * p * (1 - p))
        return np.arange(max(0, int(n * p - 7 * sd)), min(n, int(n * p + 7 * sd)) + 1)

    total = 0.0
    for x1 in window(p1):
        for x0 in window(p0):
            if x1 > x0 and fisher_exact([[x1, n - x1], [x0, n - x0]]).pvalue < alpha:
                total += binom.pmf(x1, n, p1) * binom.pmf(x0, n, p0)
    return total


def _within(measured: Rate, expected: float, slack: float) -> bool:
    se = math.sqrt(expected * (1 - expected) / measured.n)
    return abs(measured.value - expected) <= 2.6 * se + slack


def test_exact_path_power_matches_fishers_exact_power() -> None:
    h = hypothesis("REPAIR-a")
    mde = design_mde(h, 0.3, 150, 1, ALPHA)  # the arcsine approximation's 80% point
    res = simulate("REPAIR-a", Scenario("binary", 0.3, 150, 1, effect=mde), 250, seed=5)
    exact = _fisher_power(0.3, 0.3 + mde, 150, ALPHA)
    assert 0.7 < exact < 0.8  # Fisher is conservative: a little under the approximation's 80%
    assert _within(res.supported, exact, 0.02), (str(res.supported), exact)


def test_paired_t_power_matches_the_analytic_value() -> None:
    n = 60
    d = TTestPower().solve_power(effect_size=None, nobs=n, alpha=ALPHA, power=0.8)
    effect = d * math.sqrt(2)  # answers' noise SD 1 per model: the paired difference has SD √2
    res = simulate("EM-1", Scenario("continuous", 0.0, n, 1, effect=effect, item_sd=2.0), 250, seed=6)
    assert _within(res.supported, 0.8, 0.02), str(res.supported)


def test_seed_level_power_is_near_the_design_value() -> None:
    h = hypothesis("ATTACK-1")
    mde = design_mde(h, 0.2, 100, 3, ALPHA)
    res = simulate("ATTACK-1", Scenario("binary", 0.2, 100, 3, effect=mde), 200, seed=7)
    assert _within(res.supported, 0.8, 0.04), (mde, str(res.supported))


def test_trigger_claim_null_false_verdicts_stay_at_alpha() -> None:
    # triggers may shift every model's rate and the misaligned model may sit higher: the null is only that the
    # shift is the same for repaired and misaligned (the difference in differences is 0)
    grid = [Scenario("binary", 0.02, 10, 1), Scenario("binary", 0.1, 48, 1, triggers=2),
            Scenario("binary", 0.1, 144, 1, triggers=4, trigger_shift=0.1, model_gap=0.15, item_sd=1.0),
            Scenario("binary", 0.05, 144, 1, trigger_shift=0.2, model_gap=0.1),
            Scenario("binary", 0.5, 100, 1), Scenario("binary", 0.2, 60, 3, triggers=2, trigger_shift=0.05,
                                                       model_gap=0.1, item_sd=0.5)]
    rate, lines = _pooled("TRIGGER-1", grid, 25, seed=300)
    assert rate.value <= _bound(rate.n), (str(rate), lines)


def test_trigger_claim_finds_a_planted_hidden_effect() -> None:
    res = simulate("TRIGGER-1", Scenario("binary", 0.1, 100, 1, triggers=2, effect=0.25), 20, seed=8)
    assert res.supported.value >= 0.8, str(res.supported)
    assert simulate("TRIGGER-2", Scenario("binary", 0.1, 20, 1), 1, seed=9).evaluable == 1  # aligned_dpo simulated
