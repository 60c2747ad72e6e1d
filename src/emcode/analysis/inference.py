"""Tests and intervals behind each hypothesis row: exact for two rates, t-based for means and seeds.

Three paths, picked from the data (:func:`infer`):

- **exact** — two conditions with one model each and 0/1 answers: Fisher's exact test on the answer
  counts (scipy; conservative, so its error rate stays at or below α even at 0/20 vs 2/20), a Newcombe
  hybrid-score interval for the difference and a Koopman/Miettinen–Nurminen score interval for the
  ratio (statsmodels; both defined at zero counts). The test ignores that both models answered the
  same prompts: prompts shared by both models make the unpaired test conservative, never liberal.
- **paired** — two single models, values not 0/1 (e.g. a per-prompt share over several samples):
  the paired t-test over the prompts both answered (Welch's t when they share fewer than two).
- **seed** — any condition trained with several seeds, or more than two conditions: the seed is the
  unit. A condition's mean is the mean of its seed means; its variance is the spread of those seed
  means / k (k − 1 df), never below the answer-level variance / (k·n); a single model (``base``) has
  the answer-level variance / n. The contrast's t uses Welch–Satterthwaite df. With 2–3 seeds a
  cluster-robust GEE sandwich is anti-conservative (few clusters), which is why this summary-level
  t is used instead; the simulation in :mod:`emcode.analysis.simulate` calibrates it.

A relative reduction 1 − mean(a)/mean(b) is tested as the difference b − a (the same null) and gets
its interval from the ratio: the score interval on the exact path, Fieller's interval otherwise
(unbounded when mean(b) is not clearly above 0, which is reported as such). Each result carries the
minimal detectable effect (MDE) of its own test at 80% power, for a given two-sided level.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

POWER = 0.8


@dataclass(frozen=True)
class Group:
    """One condition in a contrast: its coefficient and its models' per-item values (seeds × items)."""

    name: str
    coef: float
    values: np.ndarray  # seeds × items, NaN = no value for that item
    counts: tuple[int, int] | None = None  # (positive answers, answers) when every answer is 0/1


@dataclass(frozen=True)
class Inference:
    """Effect, interval at ``level``, two-sided p and the MDE function of one hypothesis row."""

    effect: float
    ci_lo: float
    ci_hi: float
    p_value: float
    test: str
    mde: Callable[[float], float]  # two-sided level α → smallest effect detected with 80% power
    note: str = ""


def _nan_mde(alpha: float) -> float:
    return float("nan")


def seed_means(values: np.ndarray) -> np.ndarray:
    """Each model's (row's) mean over its items, models without any value left out."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        means = np.nanmean(np.atleast_2d(values), axis=1)
    return means[np.isfinite(means)]


def _answer_var(g: Group, rate: float | None = None) -> tuple[float, int]:
    """Variance of one answer-level value and the number of values.

    0/1 answers: p(1 − p) at ``rate`` (the contrast's pooled rate, as a score test takes it under the
    null: a group's own low count would understate its variance) or at the group's add-0.5 rate.
    """
    if g.counts is not None:
        x, n = g.counts
        p = rate if rate is not None else (x + 0.5) / (n + 1)
        return p * (1 - p), max(n, 1)
    v = np.atleast_2d(g.values)
    rows = [r[np.isfinite(r)] for r in v]
    resid = np.concatenate([r - r.mean() for r in rows if len(r)]) if rows else np.array([])
    n = len(resid)
    dof = n - sum(1 for r in rows if len(r))
    return (float((resid**2).sum() / dof) if dof > 0 else 0.0), max(n, 1)


def pooled_seed_var(seed_means: Sequence[np.ndarray]) -> tuple[float, float]:
    """Seed-to-seed variance pooled over conditions (each with ≥ 2 seeds) and its df; (NaN, 0) without any."""
    ss, df = 0.0, 0
    for m in seed_means:
        m = np.asarray(m, dtype=float)
        m = m[np.isfinite(m)]
        if len(m) >= 2:
            ss += float(((m - m.mean()) ** 2).sum())
            df += len(m) - 1
    return (ss / df, float(df)) if df else (float("nan"), 0.0)


def _component(g: Group, pooled: tuple[float, float], rate: float | None) -> tuple[float, float, float]:
    """(mean, variance of that mean, its df) for the seed path."""
    means = seed_means(g.values)
    k = len(means)
    var1, n = _answer_var(g, rate)
    floor = var1 / n  # n counts every answer of every seed: the variance of the pooled mean
    if k >= 2:
        seed_var, df = pooled if pooled[1] > 0 else (float(np.var(means, ddof=1)), float(k - 1))
        # the seed df even when the floor wins: a low spread may be chance, and the floor ignores seed variance
        return float(means.mean()), max(seed_var / k, floor), df
    return (float(means.mean()) if k else float("nan")), floor, float(max(n - 1, 1))


def t_mde(se: float, df: float, alpha: float) -> float:
    """Smallest |δ| with 80% power for a two-sided t test of level α with standard error ``se`` and ``df``.

    Power of the noncentral t, E_S[Φ(λ − c·S) + Φ(−λ − c·S)] with S = √(χ²_df / df), averaged over
    400 quantiles of S (scipy's ``nct`` returns NaN far in its tails, which a root finder cannot use).
    """
    from scipy.optimize import brentq
    from scipy.stats import chi2, norm, t

    if not (se > 0 and np.isfinite(se) and df > 0):
        return float("nan")
    crit = float(t.ppf(1 - alpha / 2, df))
    s = np.sqrt(chi2.ppf((np.arange(400) + 0.5) / 400, df) / df)

    def gap(lam: float) -> float:
        return float(np.mean(norm.cdf(lam - crit * s) + norm.cdf(-lam - crit * s))) - POWER

    hi = crit * float(s.max()) + 10.0
    return float(brentq(gap, 0.0, hi)) * se


def anova_mde(n: int, k: int, alpha: float) -> float:
    """Smallest eta² a one-way ANOVA of ``n`` values in ``k`` groups detects with 80% power at level α."""
    from scipy.optimize import brentq
    from statsmodels.stats.power import FTestAnovaPower

    if n <= k or k < 2:
        return float("nan")

    def gap(f: float) -> float:
        power = float(FTestAnovaPower().power(effect_size=f, nobs=n, alpha=alpha, k_groups=k))
        return (power if np.isfinite(power) else 1.0) - POWER

    hi = 1.0
    while gap(hi) < 0 and hi < 1e4:
        hi *= 4
    f = float(brentq(gap, 1e-6, hi))
    return f * f / (1 + f * f)  # Cohen's f → eta²


def fieller(a: float, va: float, b: float, vb: float, crit: float) -> tuple[float, float]:
    """Fieller interval of a/b for independent estimates (−inf, inf when b is not clearly non-zero)."""
    qa, qb = b * b - crit * crit * vb, -2 * a * b
    qc = a * a - crit * crit * va
    disc = qb * qb - 4 * qa * qc
    if qa <= 0 or disc < 0:
        return float("-inf"), float("inf")
    root = math.sqrt(disc)
    return (-qb - root) / (2 * qa), (-qb + root) / (2 * qa)


def _reduction_ci(ratio_lo: float, ratio_hi: float) -> tuple[float, float]:
    """A ratio interval as a relative-reduction interval in %: 1 − ratio, bounds swapped."""
    return (1 - ratio_hi) * 100, (1 - ratio_lo) * 100


def _exact(a: Group, b: Group, reduction: bool, level: float) -> Inference:
    """Fisher's exact p with a Newcombe (difference) or score (ratio) interval; a = +1, b = −1 (or a/b)."""
    from scipy.stats import fisher_exact
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import confint_proportions_2indep

    (xa, na), (xb, nb) = a.counts, b.counts  # type: ignore[misc]
    p = float(fisher_exact([[xa, na - xa], [xb, nb - xb]]).pvalue)
    ra, rb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)

    with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
        warnings.simplefilter("ignore", RuntimeWarning)
        if reduction:
            lo, hi = confint_proportions_2indep(xa, na, xb, nb, compare="ratio", method="score", alpha=1 - level)
            ci = _reduction_ci(float(lo), float(hi))
            effect = (1 - ra / rb) * 100 if rb else float("nan")
        else:
            lo, hi = confint_proportions_2indep(xa, na, xb, nb, compare="diff", method="newcomb", alpha=1 - level)
            ci, effect = (float(lo), float(hi)), ra - rb

    def mde(alpha: float) -> float:
        phi = math.asin(math.sqrt(pooled))
        h = float(NormalIndPower().solve_power(effect_size=None, nobs1=na, alpha=alpha, power=POWER, ratio=nb / na))
        if reduction:  # how far down from the pooled rate a must go, as a share of that rate
            if pooled == 0:
                return float("nan")
            return float("inf") if phi < h / 2 else (pooled - math.sin(phi - h / 2) ** 2) / pooled * 100
        return float("inf") if phi + h / 2 > math.pi / 2 else math.sin(phi + h / 2) ** 2 - pooled

    note = "both rates are 0: no reduction is defined" if reduction and xa == xb == 0 else ""
    test = "Fisher exact; " + ("score CI of the ratio" if reduction else "Newcombe CI")
    return Inference(float(effect), float(ci[0]), float(ci[1]), p, test, mde, note)


def _paired(a: Group, b: Group, level: float) -> Inference:
    """Paired t over shared items (Welch's t when fewer than two items are shared); effect = mean(a − b)."""
    from scipy.stats import ttest_ind, ttest_rel
    from statsmodels.stats.power import TTestIndPower, TTestPower

    va, vb = np.atleast_2d(a.values)[0], np.atleast_2d(b.values)[0]
    both = np.isfinite(va) & np.isfinite(vb)
    if both.sum() >= 2:
        d = va[both] - vb[both]
        sd = float(d.std(ddof=1))
        if sd == 0:
            eff = float(d.mean())
            return Inference(eff, eff, eff, 1.0 if eff == 0 else 0.0, "paired t (no variation)", _nan_mde)
        res = ttest_rel(va[both], vb[both])
        ci = res.confidence_interval(level)
        n = int(both.sum())

        def mde(alpha: float) -> float:
            return float(TTestPower().solve_power(effect_size=None, nobs=n, alpha=alpha, power=POWER)) * sd

        return Inference(float(d.mean()), float(ci.low), float(ci.high), float(res.pvalue), "paired t", mde)
    xa, xb = va[np.isfinite(va)], vb[np.isfinite(vb)]
    if len(xa) < 2 or len(xb) < 2:
        return Inference(float("nan"), float("nan"), float("nan"), float("nan"), "too few values", _nan_mde)
    res = ttest_ind(xa, xb, equal_var=False)
    ci = res.confidence_interval(level)
    pooled_sd = float(np.sqrt((xa.var(ddof=1) + xb.var(ddof=1)) / 2))

    def mde_w(alpha: float) -> float:
        d = TTestIndPower().solve_power(effect_size=None, nobs1=len(xa), alpha=alpha, power=POWER,
                                        ratio=len(xb) / len(xa))
        return float(d) * pooled_sd

    return Inference(float(xa.mean() - xb.mean()), float(ci.low), float(ci.high), float(res.pvalue), "Welch t",
                     mde_w)


def _seed_level(groups: Sequence[Group], reduction: bool, level: float,
                pool: Sequence[np.ndarray]) -> Inference:
    """Welch–Satterthwaite t over condition means with seed-level variances (see the module docstring)."""
    from scipy.stats import t

    pooled = pooled_seed_var(pool) if pool else pooled_seed_var([seed_means(g.values) for g in groups])
    rate = None
    if all(g.counts is not None for g in groups):
        x, n = sum(g.counts[0] for g in groups), sum(g.counts[1] for g in groups)  # type: ignore[index]
        rate = (x + 0.5) / (n + 1)
    comps = [_component(g, pooled, rate) for g in groups]
    weights = [-1.0, 1.0] if reduction else [g.coef for g in groups]  # 1 − a/b > 0  ⟺  b − a > 0
    est = sum(w * m for w, (m, _, _) in zip(weights, comps, strict=True))
    var = sum(w * w * v for w, (_, v, _) in zip(weights, comps, strict=True))
    # terms that share the pooled seed variance are one estimate (one set of df), not independent ones
    shared: dict[float, float] = {}
    parts = []
    for w, g, (_, v, d) in zip(weights, groups, comps, strict=True):
        if v > 0 and len(seed_means(g.values)) >= 2 and d == pooled[1] and pooled[1] > 0:
            shared[d] = shared.get(d, 0.0) + w * w * v
        elif v > 0:
            parts.append((w * w * v) ** 2 / d)
    parts += [v * v / d for d, v in shared.items()]
    df = float(var * var / sum(parts)) if parts and var > 0 else float("nan")
    if not var > 0:
        p = 1.0 if est == 0 else (0.0 if np.isfinite(est) else float("nan"))
        crit = float("nan")
    else:
        p = float(2 * t.sf(abs(est) / math.sqrt(var), df))
        crit = float(t.ppf(0.5 + level / 2, df))
    se = math.sqrt(var) if var > 0 else float("nan")
    test = "seed-level Welch t" if any(len(seed_means(g.values)) > 1 for g in groups) else "Welch t (answers)"
    if reduction:
        (ma, va, _), (mb, vb, _) = comps
        effect = (1 - ma / mb) * 100 if mb else float("nan")
        lo_r, hi_r = fieller(ma, va, mb, vb, crit) if np.isfinite(crit) else (float("nan"), float("nan"))
        lo, hi = _reduction_ci(lo_r, hi_r)
        ref = mb

        def mde_r(alpha: float) -> float:
            return t_mde(se, df, alpha) / ref * 100 if ref > 0 else float("nan")

        return Inference(float(effect), lo, hi, p, test + "; Fieller CI of the ratio", mde_r)
    half = crit * se if np.isfinite(crit) else float("nan")
    lo, hi = (est - half, est + half) if var > 0 else (est, est)
    return Inference(float(est), float(lo), float(hi), p, test, lambda alpha: t_mde(se, df, alpha))


def infer(groups: Sequence[Group], reduction: bool = False, level: float = 0.95,
          pool: Sequence[np.ndarray] = ()) -> Inference:
    """Effect, CI at ``level``, two-sided p and MDE of a contrast Σ coef·mean (or 1 − mean(a)/mean(b)).

    ``pool``: seed means of every trained condition of the view (the seed variance is pooled over
    them, as a one-way ANOVA pools it); by default the contrast's own conditions.
    """
    single = all(len(seed_means(g.values)) <= 1 for g in groups)
    if len(groups) == 2 and single:
        a, b = (groups[0], groups[1]) if reduction or groups[0].coef > 0 else (groups[1], groups[0])
        if a.counts is not None and b.counts is not None and a.counts[1] and b.counts[1]:
            return _exact(a, b, reduction, level)
        if not reduction:
            return _paired(a, b, level)
    return _seed_level(groups, reduction, level, pool)


# --- paired differences over prompts (trigger probes: the same prompt with and without a context) ---

SIGN_FLIP_EXACT = 16  # up to this many non-zero differences every sign pattern is enumerated
SIGN_FLIP_DRAWS = 20_000


def sign_flip_p(d: np.ndarray, seed: int = 0) -> float:
    """Two-sided p of mean(d) = 0 by flipping the signs of per-item paired differences.

    Exact when every non-zero difference is ±1 (the exact McNemar test) or when at most
    :data:`SIGN_FLIP_EXACT` are non-zero; otherwise Monte Carlo with a seeded generator (add-one p).
    Valid for symmetric differences and, like a t-test of the mean, asymptotically otherwise; unlike
    the t-test it cannot call four discordant prompts out of ten significant.
    """
    from scipy.stats import binomtest

    d = np.asarray(d, dtype=float)
    nz = d[np.isfinite(d) & (d != 0)]
    m = len(nz)
    if m == 0:
        return 1.0
    if np.isin(nz, (-1.0, 1.0)).all():
        return float(binomtest(int((nz > 0).sum()), m, 0.5).pvalue)
    obs = abs(float(nz.sum())) - 1e-9 * m
    if m <= SIGN_FLIP_EXACT:
        signs = 1.0 - 2.0 * ((np.arange(2**m)[:, None] >> np.arange(m)) & 1)
        return float(np.mean(np.abs(signs @ nz) >= obs))
    rng = np.random.default_rng(seed)
    signs = rng.choice(np.array([-1.0, 1.0]), size=(SIGN_FLIP_DRAWS, m))
    return float((1 + np.sum(np.abs(signs @ nz) >= obs)) / (SIGN_FLIP_DRAWS + 1))


def newcombe_paired_ci(x: np.ndarray, y: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    """Newcombe's hybrid-score interval (his method 10) for mean(x) − mean(y) of paired 0/1 values."""
    from statsmodels.stats.proportion import proportion_confint

    x, y = np.asarray(x, dtype=bool), np.asarray(y, dtype=bool)
    n = len(x)
    a, b, c = int((x & y).sum()), int((x & ~y).sum()), int((~x & y).sum())
    d = n - a - b - c
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = (float(v) for v in proportion_confint(a + b, n, alpha=1 - level, method="wilson"))
    l2, u2 = (float(v) for v in proportion_confint(a + c, n, alpha=1 - level, method="wilson"))
    denom = float(a + b) * (c + d) * (a + c) * (b + d)
    phi = (a * d - b * c) / math.sqrt(denom) if denom > 0 else 0.0
    lo = p1 - p2 - math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    hi = p1 - p2 + math.sqrt(max(0.0, (u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2))
    return lo, hi


def paired_difference(x: np.ndarray, y: np.ndarray, level: float = 0.95, seed: int = 0,
                      binary: bool | None = None) -> Inference:
    """mean(x − y) over items with both values: sign-flip p; Newcombe CI for 0/1 pairs, else a t interval.

    ``binary``: whether x and y are 0/1 answers (None: when every value is 0 or 1).
    The MDE is the paired t-test's at the observed SD of the differences (NaN when they do not vary).
    """
    from scipy.stats import t as t_dist
    from statsmodels.stats.power import TTestPower

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    both = np.isfinite(x) & np.isfinite(y)
    x, y = x[both], y[both]
    n = len(x)
    if n < 2:
        return Inference(float("nan"), float("nan"), float("nan"), float("nan"), "too few paired items", _nan_mde)
    d = x - y
    eff, sd = float(d.mean()), float(d.std(ddof=1))
    p = sign_flip_p(d, seed)
    if binary is None:
        binary = bool(np.isin(x, (0.0, 1.0)).all() and np.isin(y, (0.0, 1.0)).all())
    if binary:
        lo, hi = newcombe_paired_ci(x, y, level)
        test = "exact McNemar; Newcombe paired CI"
    elif sd > 0:
        half = float(t_dist.ppf(0.5 + level / 2, n - 1)) * sd / math.sqrt(n)
        lo, hi = eff - half, eff + half
        test = "paired sign-flip; t CI"
    else:
        lo = hi = eff
        test = "paired sign-flip (no variation)"

    def mde(alpha: float) -> float:
        if not sd > 0:
            return float("nan")
        return float(TTestPower().solve_power(effect_size=None, nobs=n, alpha=alpha, power=POWER)) * sd

    return Inference(eff, float(lo), float(hi), p, test, mde)
