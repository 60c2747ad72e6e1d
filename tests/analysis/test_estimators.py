"""pass@k against a brute-force count over every k-subset of the samples."""

from __future__ import annotations

import math
from itertools import combinations

import pytest

from emcode.analysis.estimators import mean_pass_at_k, pass_at_k


def _brute(n: int, c: int, k: int) -> float:
    outcomes = [1] * c + [0] * (n - c)
    draws = list(combinations(range(n), k))
    return sum(any(outcomes[i] for i in d) for d in draws) / len(draws)


@pytest.mark.parametrize("n", range(1, 9))
def test_matches_enumeration(n: int) -> None:
    for c in range(n + 1):
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(_brute(n, c, k), abs=1e-12)


def test_pass_at_1_is_the_pass_rate() -> None:
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)


def test_large_n_is_stable() -> None:
    exact = 1 - math.comb(1000 - 7, 100) / math.comb(1000, 100)
    assert pass_at_k(1000, 7, 100) == pytest.approx(exact, rel=1e-9)
    assert 0.0 < pass_at_k(1000, 1, 1) < 0.01


@pytest.mark.parametrize(("n", "c", "k"), [(0, 0, 1), (5, 6, 1), (5, -1, 1), (5, 2, 0), (3, 1, 4)])
def test_bad_arguments_raise(n: int, c: int, k: int) -> None:
    with pytest.raises(ValueError):
        pass_at_k(n, c, k)


def test_mean_over_problems() -> None:
    assert mean_pass_at_k([(2, 1), (2, 0)], 1) == pytest.approx(0.25)
    assert math.isnan(mean_pass_at_k([], 1))
