"""Design MDEs: the exact path's arcsine power, more answers and seeds detect less, impossible designs say so."""

from __future__ import annotations

import math

import pytest
from statsmodels.stats.power import NormalIndPower

from emcode.analysis.power import design_mde
from emcode.analysis.simulate import hypothesis


def test_single_seed_rates_use_the_two_proportion_power_of_statsmodels() -> None:
    h = hypothesis("REPAIR-a")
    mde = design_mde(h, 0.2, 100, 1, 0.05)
    eff = 2 * math.asin(math.sqrt(0.2 + mde)) - 2 * math.asin(math.sqrt(0.2))
    power = NormalIndPower().power(effect_size=eff, nobs1=100, alpha=0.05, ratio=1.0)
    assert power == pytest.approx(0.8, abs=1e-3)


def test_mde_shrinks_with_answers_and_grows_with_a_stricter_alpha() -> None:
    h = hypothesis("ATTACK-1")
    small, large = design_mde(h, 0.2, 50, 1, 0.05), design_mde(h, 0.2, 500, 1, 0.05)
    assert large < small / 2.5  # ≈ 1/√10
    assert design_mde(h, 0.2, 500, 1, 0.01) > large
    seeded = design_mde(h, 0.2, 500, 3, 0.05)
    assert seeded < design_mde(h, 0.2, 500, 3, 0.05, seed_sd=0.05)  # seed-to-seed spread costs power


def test_reduction_and_anova_units_and_impossible_designs() -> None:
    red = design_mde(hypothesis("VULN-1"), 0.4, 300, 1, 0.05)
    assert 15 < red < 40  # % of the reference rate
    assert math.isinf(design_mde(hypothesis("VULN-1"), 0.2, 20, 1, 0.05 / 3))  # the demo: not even 100%
    eta = design_mde(hypothesis("SAFETY-ANOVA"), 0.5, 200, 1, 0.05)
    assert 0 < eta < 0.05
    assert math.isnan(design_mde(hypothesis("REPAIR-a"), 0.2, 1, 1, 0.05))
