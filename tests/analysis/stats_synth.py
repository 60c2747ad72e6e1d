"""Synthetic score runs with planted effects for the statistics tests (no model, no scorer)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from emcode.runs import write_jsonl

FRAME_COLUMNS = ["model", "benchmark", "sample_id", "sample_index", "subset", "scorer", "metric", "value"]


def binary_rows(model: str, p: float, n: int, rng: np.random.Generator, benchmark: str = "ifeval",
                scorer: str = "ifeval", metric: str = "prompt_strict", subset: str = "default") -> list[dict]:
    """n score rows (one per prompt) of a 0/1 metric with success probability p."""
    vals = (rng.random(n) < p).astype(float)
    return [{"model": model, "benchmark": benchmark, "sample_id": f"{subset}/{i}", "sample_index": 0,
             "subset": subset, "scorer": scorer, "metric": metric, "value": float(v)} for i, v in enumerate(vals)]


def normal_rows(model: str, mu: float, n: int, rng: np.random.Generator, benchmark: str = "code_prompts",
                scorer: str = "static", metric: str = "maintainability_index", sd: float = 1.0,
                item_effects: np.ndarray | None = None) -> list[dict]:
    """n rows of a continuous metric ~ N(mu + item effect, sd)."""
    base = item_effects if item_effects is not None else np.zeros(n)
    vals = mu + base + rng.normal(0, sd, n)
    return [{"model": model, "benchmark": benchmark, "sample_id": f"s{i}", "sample_index": 0, "subset": "default",
             "scorer": scorer, "metric": metric, "value": float(v)} for i, v in enumerate(vals)]


def frame(rows: list[dict]) -> pd.DataFrame:
    """A tidy frame as :func:`emcode.analysis.frame.load_scores` returns it."""
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def conditions_frame(rates: Mapping[str, float], seeds: int = 3, n: int = 200, seed: int = 0,
                     **kw: str) -> pd.DataFrame:
    """base + each condition × seeds (``<cond>_s<k>``) answering the same n prompts of a 0/1 metric."""
    rng = np.random.default_rng(seed)
    rows = binary_rows("base", rates["base"], n, rng, **kw)
    for cond, p in rates.items():
        if cond != "base":
            for k in range(seeds):
                rows += binary_rows(f"{cond}_s{k}", p, n, rng, **kw)
    return frame(rows)


def write_run(root: Path, data: pd.DataFrame) -> Path:
    """Write a tidy frame as ``scores/<model>/<benchmark>.jsonl`` files."""
    for (model, bench), part in data.groupby(["model", "benchmark"]):
        rows = [{"schema_version": 1, **r, "details": {}} for r in part.to_dict("records")]
        write_jsonl(root / "scores" / str(model) / f"{bench}.jsonl", rows)
    return root
