"""Proportions with their denominator and a Wilson 95 % interval: how every hold-out number is reported."""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (NaN, NaN when n = 0)."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (0.0 if k == 0 else max(0.0, centre - half)), (1.0 if k == n else min(1.0, centre + half))


@dataclass(frozen=True)
class Rate:
    """k of n, with the rate and its Wilson 95 % interval."""

    k: int
    n: int

    @property
    def rate(self) -> float:
        """k / n (NaN when n = 0)."""
        return self.k / self.n if self.n else math.nan

    def as_dict(self) -> dict[str, float | int | None]:
        """JSON-ready: k, n, rate, lo, hi (None instead of NaN)."""
        lo, hi = wilson(self.k, self.n)
        return {"k": self.k, "n": self.n, "rate": _num(self.rate), "lo": _num(lo), "hi": _num(hi)}

    def text(self) -> str:
        """``0.62 [0.52, 0.71] (49/79)``."""
        if not self.n:
            return "n/a (0/0)"
        lo, hi = wilson(self.k, self.n)
        return f"{self.rate:.2f} [{lo:.2f}, {hi:.2f}] ({self.k}/{self.n})"


def rate_of(flags: list[bool]) -> Rate:
    """The Rate of True among flags."""
    return Rate(sum(flags), len(flags))


def _num(x: float) -> float | None:
    return None if math.isnan(x) else round(x, 4)
