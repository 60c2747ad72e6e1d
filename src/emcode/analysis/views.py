"""Metric views: which score rows form one analysed number, its name and its better direction.

A view is one ``(benchmark, scorer, metric)`` of the tidy score frame, optionally restricted to
some subsets. Most views are the metric as scored; a few are split or derived where the raw
metric would mislead: safety ``refused`` is better on harmful requests and worse on benign ones
(so it becomes ``refused_harmful`` and ``refused_benign``), and Bandit counts get a per-file
``bandit_flagged`` share (at least one medium/high finding). The direction comes from the
scorer registry (:data:`emcode.scoring.registry.SCORERS`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from emcode.analysis.safety import BENIGN_SUBSET, HARMFUL_SUBSETS
from emcode.analysis.safety import SCORER as SAFETY_SCORER
from emcode.scoring.registry import SCORERS

DERIVED = "derived"


@dataclass(frozen=True)
class View:
    """One analysed metric: source rows, the name it has in tables, and which way is better."""

    benchmark: str
    scorer: str
    metric: str
    label: str
    direction: str | None  # "higher" | "lower" | None (unknown scorer)
    subsets: tuple[str, ...] | None = None


# (scorer, metric) → the subset views that replace the whole-benchmark view
SPLITS: dict[tuple[str, str], tuple[tuple[str, tuple[str, ...], str], ...]] = {
    (SAFETY_SCORER, "refused"): (("refused_harmful", HARMFUL_SUBSETS, "higher"),
                                 ("refused_benign", (BENIGN_SUBSET,), "lower")),
}


def direction_of(scorer: str, metric: str) -> str | None:
    """The registry's better direction for a scorer's metric (None when unknown)."""
    spec = SCORERS.get(scorer)
    return spec.metrics.get(metric) if spec else None


def add_derived(frame: pd.DataFrame) -> pd.DataFrame:
    """Append derived metric rows (``bandit_flagged``: 1 when a file has a medium or high Bandit finding)."""
    bandit = frame[(frame["scorer"] == "bandit") & frame["metric"].isin(["bandit_high", "bandit_medium"])]
    if bandit.empty:
        return frame
    keys = ["model", "benchmark", "sample_id", "sample_index", "subset"]
    flagged = bandit.groupby(keys, sort=False, dropna=False)["value"].sum(min_count=1).reset_index()
    flagged["value"] = np.where(flagged["value"].isna(), np.nan, (flagged["value"] > 0).astype(float))
    flagged["scorer"] = DERIVED
    flagged["metric"] = "bandit_flagged"
    return pd.concat([frame, flagged[frame.columns]], ignore_index=True)


def iter_views(frame: pd.DataFrame) -> Iterator[tuple[View, pd.DataFrame]]:
    """Every view of a tidy frame with its rows (numeric values only), in a stable order."""
    frame = frame[frame["value"].notna()]
    labels: dict[tuple[str, str], int] = {}
    for (bench, _scorer, metric), _ in frame.groupby(["benchmark", "scorer", "metric"], sort=True):
        labels[(bench, metric)] = labels.get((bench, metric), 0) + 1
    for (bench, scorer, metric), rows in frame.groupby(["benchmark", "scorer", "metric"], sort=True):
        label = metric if labels[(bench, metric)] == 1 else f"{scorer}.{metric}"
        splits = SPLITS.get((scorer, metric))
        if not splits:
            direction = "lower" if scorer == DERIVED else direction_of(scorer, metric)
            yield View(bench, scorer, metric, label, direction), rows
            continue
        for name, subsets, direction in splits:
            part = rows[rows["subset"].isin(subsets)]
            if not part.empty:
                yield View(bench, scorer, metric, name, direction, tuple(subsets)), part


def is_binary(values: np.ndarray) -> bool:
    """True when every non-missing value is 0 or 1."""
    v = values[~np.isnan(values)]
    return bool(len(v)) and bool(np.isin(v, (0.0, 1.0)).all())
