"""Deltas vs the untrained model: trained − base, absolute and relative, with a bootstrap CI.

The CI comes from the crossed bootstrap of :mod:`emcode.analysis.ci`: the same item weights are
applied to the model and to ``base`` in each replicate, so the delta is paired by ``sample_id``
when both answered the same prompts (``paired`` = share of the model's items base answered too);
conditions with several seeds also resample seeds. ``better`` says whether the delta points the
metric's better way (registry direction); ``significant`` whether its 95% CI excludes 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from emcode.analysis.ci import N_BOOT, ViewStats, bootstrap_p, percentile_ci, view_stats
from emcode.analysis.conditions import BASE

COLUMNS = ["benchmark", "metric", "model", "condition", "base_mean", "mean", "delta", "delta_lo", "delta_hi",
           "rel_delta_pct", "n", "direction", "better", "significant", "p_value", "level", "n_models", "n_items",
           "paired", "scorer"]


def relative_pct(delta: float, base: float) -> float:
    """Delta as a percentage of the base value (NaN when base is 0 or missing)."""
    return float(delta / abs(base) * 100) if base and np.isfinite(base) else float("nan")


def is_better(delta: float, direction: str | None) -> bool:
    """True when a non-zero delta points the metric's better way."""
    if direction == "higher":
        return bool(delta > 0)
    if direction == "lower":
        return bool(delta < 0)
    return False


def _paired_share(st: ViewStats, names: list[str]) -> float:
    base = ~np.isnan(st.models[BASE])
    mine = ~np.isnan(np.vstack([st.models[m] for m in names])).all(axis=0)
    return float((mine & base).sum() / mine.sum()) if mine.sum() else float("nan")


def deltas_table(stats: Sequence[ViewStats], base: str = BASE) -> pd.DataFrame:
    """One row per view × model and view × condition (base left out); empty for views without ``base``."""
    out = []
    for st in stats:
        if ("model", base) not in st.points:
            continue
        v = st.view
        base_mean, base_reps = st.points[("model", base)], st.reps[("model", base)]
        for (lvl, name), point in st.points.items():
            if name == base:
                continue
            reps = st.reps[(lvl, name)] - base_reps
            lo, hi = percentile_ci(reps)
            delta = point - base_mean
            names = [name] if lvl == "model" else st.conditions[name]
            cond = name if lvl == "condition" else next(c for c, ms in st.conditions.items() if name in ms)
            counts = st.counts(lvl, name)
            out.append({
                "benchmark": v.benchmark, "metric": v.label, "model": name, "condition": cond,
                "base_mean": base_mean, "mean": point, "delta": delta, "delta_lo": lo, "delta_hi": hi,
                "rel_delta_pct": relative_pct(delta, base_mean), "n": counts["n"], "direction": v.direction,
                "better": is_better(delta, v.direction), "significant": bool(lo > 0 or hi < 0),
                "p_value": bootstrap_p(reps), "level": lvl, "n_models": counts["n_models"],
                "n_items": counts["n_items"], "paired": _paired_share(st, names), "scorer": v.scorer,
            })
    return pd.DataFrame(out, columns=COLUMNS)


def deltas(frame: pd.DataFrame, known: Mapping[str, str] | None = None, n_boot: int = N_BOOT,
           seed: int = 0) -> pd.DataFrame:
    """Deltas vs ``base`` for every benchmark × metric × model and × condition of a tidy score frame."""
    return deltas_table(view_stats(frame, known, n_boot=n_boot, seed=seed))
