"""Minimal detectable effects before a run: what a design (answers, seeds, base rate) can detect.

The same tests the analysis runs (:mod:`emcode.analysis.inference`), evaluated on the expected data
instead of observed data: one model per condition and 0/1 answers → the exact path's MDE (Fisher's
test approximated by the arcsine two-proportion power of statsmodels); several seeds → the
seed-level Welch t with the trained conditions' seed means spread by ``seed_sd`` (SD of a seed's
rate around its condition's rate) plus answer noise, the seed variance pooled over the trained
conditions and floored at the answer-level variance exactly as the analysis does (its power is
averaged over the χ² draw of that pooled variance); ANOVA
claims → the one-way ANOVA power (seed level with several seeds, answer level otherwise).
MDEs are in the effect's units: rate difference (0–1), relative reduction (%), or eta².
"""

from __future__ import annotations

import math

import numpy as np

from emcode.analysis.claims import Hypothesis
from emcode.analysis.conditions import BASE
from emcode.analysis.inference import POWER, Group, anova_mde, infer


def _seed_path_mde(fixed: float, fixed_df: float, seed_true: float, floor: float, pooled_df: float,
                   alpha: float) -> float:
    """MDE of the seed-level t as the analysis runs it, averaged over the pooled seed variance's χ² draw.

    ``fixed``: variance of the base model's mean (answer level, ``fixed_df`` df); ``seed_true``: the true
    variance of the trained conditions' part, which the analysis estimates with ``pooled_df`` df and never
    takes below ``floor`` (answer-level), keeping the ``pooled_df`` df.
    """
    from scipy.optimize import brentq
    from scipy.stats import chi2, norm, t

    se_true = math.sqrt(fixed + seed_true)
    q = chi2.ppf((np.arange(200) + 0.5) / 200, pooled_df) / pooled_df if pooled_df > 0 else np.zeros(200)
    est = seed_true * q
    shared = np.maximum(est, floor)
    shared_df = np.full(len(q), max(pooled_df, 1.0))
    v = fixed + shared
    parts = (fixed**2 / max(fixed_df, 1.0) if fixed > 0 else 0.0) + shared**2 / shared_df
    df = v * v / parts
    half = t.ppf(1 - alpha / 2, df) * np.sqrt(v)

    def gap(delta: float) -> float:
        return float(np.mean(norm.cdf((delta - half) / se_true) + norm.cdf((-delta - half) / se_true))) - POWER

    hi = float(half.max()) + 10 * se_true
    return float(brentq(gap, 0.0, hi))


def _seed_mde(h: Hypothesis, rate: float, answers: int, seeds: int, seed_sd: float, n_trained: int,
              alpha: float) -> float:
    """The claim's seed-path MDE at this (pooled) rate: base terms fixed, trained terms sharing the seed pool."""
    answer_var = max(rate * (1 - rate), 1e-12) / answers
    weights = [-1.0, 1.0] if h.kind == "reduction" else [c for _, c in h.contrast]
    fixed = seed_true = floor = 0.0
    for (cond, _), w in zip(h.contrast, weights, strict=True):
        if cond != BASE:
            seed_true += w * w * (seed_sd**2 + answer_var) / seeds
            floor += w * w * answer_var / seeds
        else:
            fixed += w * w * answer_var
    return _seed_path_mde(fixed, answers - 1.0, seed_true, floor, n_trained * (seeds - 1.0), alpha)


def design_mde(h: Hypothesis, rate: float, answers: int, seeds: int, alpha: float,
               seed_sd: float = 0.0, n_trained: int | None = None) -> float:
    """MDE (80% power, two-sided level ``alpha``) of claim ``h`` at this base rate, answers per model and seeds.

    ``n_trained``: trained conditions the metric's seed variance is pooled over (default: the claim's own).
    ``inf`` when no effect within the metric's range reaches 80% power.
    """
    if answers < 2 or not 0 <= rate <= 1:
        return float("nan")
    conds = [c for c, _ in h.contrast]
    n_trained = n_trained or sum(c != BASE for c in conds)
    if h.kind == "anova":
        k = len(conds)
        return anova_mde(k * seeds if seeds >= 2 else k * answers, k, alpha)
    if seeds <= 1 or all(c == BASE for c in conds):
        x = round(rate * answers)
        groups = [Group(c, coef, np.zeros((1, answers)), (x, answers)) for c, coef in h.contrast]
        return infer(groups, reduction=h.kind == "reduction").mde(alpha)
    # the analysis takes the answer variance at the contrast's pooled rate, which the effect itself moves
    moved = h.contrast[0][0] if h.kind == "reduction" else max(h.contrast, key=lambda cc: cc[1])[0]
    models = {c: 1 if c == BASE else seeds for c in conds}
    share = models[moved] / sum(models.values()) * (-1.0 if h.kind == "reduction" else 1.0)
    room = rate if h.kind == "reduction" else 1.0 - rate  # how far the favoured condition can move
    delta = 0.0
    for _ in range(8):
        new = _seed_mde(h, rate + share * delta, answers, seeds, seed_sd, n_trained, alpha)
        if not np.isfinite(new) or new > room:
            return float("inf")
        if abs(new - delta) < 1e-4:
            break
        delta = new
    return delta / rate * 100 if h.kind == "reduction" else delta
