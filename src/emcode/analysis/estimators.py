"""Estimators over per-sample outcomes: the unbiased pass@k (no torch, no numpy needed)."""

from __future__ import annotations

from collections.abc import Iterable


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from ``n`` samples of which ``c`` passed: 1 - C(n-c, k) / C(n, k).

    Computed as the product 1 - prod_{i=n-c+1..n} (1 - k/i), which never forms the (huge)
    binomial coefficients, so it stays exact-ish for large n. With fewer than k failures, every
    draw of k samples contains a pass and the estimate is 1.
    """
    if n < 1 or k < 1 or not 0 <= c <= n:
        raise ValueError(f"pass_at_k needs n >= 1, k >= 1 and 0 <= c <= n; got n={n}, c={c}, k={k}")
    if k > n:
        raise ValueError(f"pass_at_k: k={k} is larger than the number of samples n={n}; draw more samples")
    if n - c < k:
        return 1.0
    keep = 1.0
    for i in range(n - c + 1, n + 1):
        keep *= 1.0 - k / i
    return 1.0 - keep


def mean_pass_at_k(outcomes: Iterable[tuple[int, int]], k: int) -> float:
    """Mean pass@k over problems given as (n samples, c passed) pairs; NaN when there are none."""
    values = [pass_at_k(n, c, k) for n, c in outcomes]
    return sum(values) / len(values) if values else float("nan")
