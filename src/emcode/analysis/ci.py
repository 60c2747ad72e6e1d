"""Means with 95% percentile-bootstrap CIs per model and per condition (numpy, seeded).

Resampling scheme (a crossed, two-level bootstrap). The unit of an item is its ``sample_id``
(several samples of one prompt are averaged first, so a prompt is resampled as a whole). Each
replicate draws item weights once (multinomial over the union of items of the view) and applies
the *same* weights to every model, so comparisons between models that answered the same prompts
are paired. A condition trained with several seeds is the mean of its seed means; each replicate
also resamples its seeds with replacement, so the CI carries seed-to-seed variation too. Items a
model has no value for are left out of that model's mean (weighted means over present items).
With one seed per condition only item variation is captured; say so when reporting.
"""

from __future__ import annotations

import warnings
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from emcode.analysis.conditions import group_models
from emcode.analysis.views import View, add_derived, is_binary, iter_views

LEVEL = 0.95
N_BOOT = 2000
_CHUNK_CELLS = 2_000_000  # bootstrap weights held at once (replicates × items)


def group_point(x: np.ndarray) -> float:
    """Point estimate of a (seeds × items) matrix: the mean over seeds of each seed's item mean."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN rows are expected (model without values)
        seed_means = np.nanmean(x, axis=1)
        return float(np.nanmean(seed_means)) if np.isfinite(seed_means).any() else float("nan")


def bootstrap_means(groups: Mapping[str, np.ndarray], n_boot: int = N_BOOT, seed: int = 0,
                    seed_level: bool = True) -> dict[str, np.ndarray]:
    """Replicate means of each group (a seeds × items matrix, NaN = missing), items shared across groups."""
    names = list(groups)
    if not names:
        return {}
    mats = [np.atleast_2d(np.asarray(groups[k], dtype=float)) for k in names]
    n_items = mats[0].shape[1]
    if any(m.shape[1] != n_items for m in mats):
        raise ValueError("bootstrap_means: every group needs the same item columns")
    stacked = np.vstack(mats)  # every seed row of every group: one product per chunk for all of them
    bounds = np.cumsum([0] + [m.shape[0] for m in mats])
    values_t = np.ascontiguousarray(np.nan_to_num(stacked).T)
    present_t = np.ascontiguousarray((~np.isnan(stacked)).astype(float).T)
    rng = np.random.default_rng(seed)
    out = {k: np.full(n_boot, np.nan) for k in names}
    step = max(1, _CHUNK_CELLS // max(n_items, 1))
    for start in range(0, n_boot, step):
        b = min(step, n_boot - start)
        w = rng.multinomial(n_items, np.full(n_items, 1.0 / n_items), size=b).astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            # einsum, not BLAS: multi-threaded BLAS crawls on a loaded shared machine for these small products
            seed_means = np.einsum("bi,is->bs", w, values_t) / np.einsum("bi,is->bs", w, present_t)
        for i, k in enumerate(names):
            part = seed_means[:, bounds[i]:bounds[i + 1]]
            n_seeds = part.shape[1]
            if seed_level and n_seeds > 1:
                v = rng.multinomial(n_seeds, np.full(n_seeds, 1.0 / n_seeds), size=b).astype(float)
            else:
                v = np.ones((b, n_seeds))
            ok = np.isfinite(part)
            v = v * ok
            with np.errstate(invalid="ignore", divide="ignore"):
                out[k][start:start + b] = (v * np.where(ok, part, 0.0)).sum(1) / v.sum(1)
    return out


def percentile_ci(reps: np.ndarray, level: float = LEVEL) -> tuple[float, float]:
    """Percentile interval of bootstrap replicates (NaN replicates ignored)."""
    r = reps[np.isfinite(reps)]
    if not len(r):
        return float("nan"), float("nan")
    lo, hi = np.percentile(r, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return float(lo), float(hi)


def bootstrap_p(reps: np.ndarray, null: float = 0.0) -> float:
    """Two-sided bootstrap p-value of ``effect = null`` (share of replicates across the null, ×2, +1 smoothed)."""
    r = reps[np.isfinite(reps)]
    if not len(r):
        return float("nan")
    tail = min(int((r <= null).sum()), int((r >= null).sum()))
    return float(min(1.0, 2 * (tail + 1) / (len(r) + 1)))


@dataclass
class ViewStats:
    """Everything computed for one view: item matrices, point estimates and replicates per model/condition."""

    view: View
    rows: pd.DataFrame  # model, condition, sample_id, sample_index, value
    items: list[str]
    models: dict[str, np.ndarray]  # model → per-item means (NaN = no value)
    conditions: dict[str, list[str]]
    binary: bool
    n_boot: int
    points: dict[tuple[str, str], float] = field(default_factory=dict)  # (level, name) → mean
    reps: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)
    _counts: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict, repr=False)

    def matrix(self, level: str, name: str) -> np.ndarray:
        """Seeds × items matrix of a model (level ``model``) or a condition (level ``condition``)."""
        names = [name] if level == "model" else self.conditions[name]
        return np.vstack([self.models[m] for m in names])

    def counts(self, level: str, name: str) -> dict[str, int]:
        """Number of values, items with a value, and models behind a model or condition."""
        if not self._counts:
            for lvl, col in (("model", "model"), ("condition", "condition")):
                grouped = self.rows.groupby(col, sort=False)
                sizes, items = grouped.size(), grouped["sample_id"].nunique()
                for key in sizes.index:
                    n_models = 1 if lvl == "model" else len(self.conditions[key])
                    self._counts[(lvl, key)] = {"n": int(sizes[key]), "n_items": int(items[key]), "n_models": n_models}
        return self._counts.get((level, name), {"n": 0, "n_items": 0,
                                                "n_models": 1 if level == "model" else len(self.conditions[name])})


def _seed_for(seed: int, view: View) -> int:
    return (zlib.crc32(f"{view.benchmark}|{view.scorer}|{view.label}".encode()) + seed) % (2**32)


def view_stats(frame: pd.DataFrame, known: Mapping[str, str] | None = None,
               order: Sequence[str] | None = None, n_boot: int = N_BOOT, seed: int = 0) -> list[ViewStats]:
    """Bootstrap every view of a tidy score frame (see :func:`emcode.analysis.frame.load_scores`)."""
    frame = add_derived(frame)
    present = list(dict.fromkeys(frame["model"]))
    ranked = [m for m in (order or []) if m in present] + sorted(m for m in present if m not in (order or []))
    out: list[ViewStats] = []
    for view, rows in iter_views(frame):
        rows = rows[["model", "sample_id", "sample_index", "value"]].copy()
        per_item = rows.groupby(["model", "sample_id"], sort=False)["value"].mean().unstack("sample_id")
        items = sorted(per_item.columns)
        models_here = [m for m in ranked if m in per_item.index]
        mats = {m: per_item.loc[m, items].to_numpy(dtype=float) for m in models_here}
        conds = group_models(models_here, known)
        rows["condition"] = rows["model"].map({m: c for c, ms in conds.items() for m in ms})
        st = ViewStats(view, rows, items, mats, conds, is_binary(rows["value"].to_numpy(dtype=float)), n_boot)
        groups = {("model", m): st.matrix("model", m) for m in models_here}
        groups.update({("condition", c): st.matrix("condition", c) for c in conds})
        keyed = {f"{lvl}\x00{name}": g for (lvl, name), g in groups.items()}
        reps = bootstrap_means(keyed, n_boot, _seed_for(seed, view))
        for (lvl, name), g in groups.items():
            st.points[(lvl, name)] = group_point(g)
            st.reps[(lvl, name)] = reps[f"{lvl}\x00{name}"]
        out.append(st)
    return out


def means_table(stats: Sequence[ViewStats]) -> pd.DataFrame:
    """One row per view × model and view × condition: mean, 95% CI and counts."""
    rows = []
    for st in stats:
        v = st.view
        for (lvl, name), point in st.points.items():
            lo, hi = percentile_ci(st.reps[(lvl, name)])
            cond = name if lvl == "condition" else next(c for c, ms in st.conditions.items() if name in ms)
            rows.append({"benchmark": v.benchmark, "metric": v.label, "level": lvl, "model": name, "condition": cond,
                         "mean": point, "lo": lo, "hi": hi, **st.counts(lvl, name), "direction": v.direction,
                         "binary": st.binary, "scorer": v.scorer})
    cols = ["benchmark", "metric", "level", "model", "condition", "mean", "lo", "hi", "n", "n_items", "n_models",
            "direction", "binary", "scorer"]
    return pd.DataFrame(rows, columns=cols)


def mean_cis(frame: pd.DataFrame, known: Mapping[str, str] | None = None, n_boot: int = N_BOOT,
             seed: int = 0) -> pd.DataFrame:
    """Means with 95% bootstrap CIs and counts per benchmark × metric × model and × condition."""
    return means_table(view_stats(frame, known, n_boot=n_boot, seed=seed))
