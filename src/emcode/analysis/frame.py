"""Load score files into one tidy frame: one row per model × benchmark × sample × metric."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from emcode.analysis.triggers import relabel_triggered
from emcode.rows import SCORE_COLUMNS, read_score_rows
from emcode.runs import RunDir

COLUMNS = list(SCORE_COLUMNS)


def load_scores(run_dir: str | Path, models: list[str] | None = None) -> pd.DataFrame:
    """All score rows of a run (``scores/<model>/<benchmark>.jsonl``), optionally only some models.

    Trigger-context copies (security ``options.triggers``) come as benchmark ``<benchmark>_triggered``.
    """
    rows: list[dict] = []
    for path in RunDir(run_dir).score_files(models):
        rows.extend({c: r.get(c) for c in COLUMNS} for r in read_score_rows(path))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return relabel_triggered(frame)


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
