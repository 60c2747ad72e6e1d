"""Load score files into one tidy frame: one row per model × benchmark × sample × metric."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from emcode.runs import read_jsonl

COLUMNS = ["model", "benchmark", "sample_id", "sample_index", "subset", "scorer", "metric", "value"]


def load_scores(run_dir: str | Path, models: list[str] | None = None) -> pd.DataFrame:
    """All score rows of a run (``scores/<model>/<benchmark>.jsonl``), optionally only some models."""
    root = Path(run_dir) / "scores"
    rows: list[dict] = []
    for path in sorted(root.glob("*/*.jsonl")):
        if models is not None and path.parent.name not in models:
            continue
        rows.extend({c: r.get(c) for c in COLUMNS} for r in read_jsonl(path))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return frame


def wide(frame: pd.DataFrame, benchmark: str) -> pd.DataFrame:
    """One row per model × sample of a benchmark, one column per metric."""
    sub = frame[frame["benchmark"] == benchmark]
    keys = ["model", "sample_id", "sample_index", "subset"]
    out = sub.groupby([*keys, "metric"], sort=False)["value"].first().unstack("metric")
    return out.reset_index().rename_axis(columns=None)


def judge_names(group: pd.DataFrame) -> str | None:
    """The judge names behind a group's numbers (column ``judge``), comma-joined; None when none."""
    names = sorted({str(j) for j in group["judge"].dropna()}) if "judge" in group else []
    return ", ".join(names) or None
