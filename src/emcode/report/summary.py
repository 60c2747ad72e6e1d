"""The one-screen summary printed at the end of a run: the comparison table and where results are."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
from rich.console import Console
from rich.table import Table

HEADLINE = ["files", "syntax_compile_pct", "import_pass_at_1", "ruff_per_kloc", "avg_cyclomatic_complexity",
            "maintainability_index", "docstring_coverage_pct", "bandit_findings", "bandit_high",
            "bandit_weighted_score", "behaviour_pass_at_1", "humaneval_pass_at_1", "security_func_sec_at_1",
            "security_vulnerable_rate"]


def _fmt(value: float) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"


def summary_table(table: pd.DataFrame, title: str) -> Table:
    """A rich table of the headline static metrics, one column per model."""
    models = [c for c in table.columns if c != "metric"]
    out = Table(title=title, title_justify="left")
    out.add_column("metric")
    for m in models:
        out.add_column(m, justify="right")
    for _, row in table[table["metric"].isin(HEADLINE)].iterrows():
        out.add_row(row["metric"], *(_fmt(row[m]) for m in models))
    return out


def print_summary(table: pd.DataFrame, run_dir: Path, title: str, console: Console | None = None,
                  stages: dict[str, Any] | None = None) -> None:
    """Print the summary table, this attempt's stage timings and the paths of the results."""
    console = console or Console()
    console.print(summary_table(table, title))
    timed = [f"{name} {s['wall_s']:.0f}s" for name, s in (stages or {}).items() if "wall_s" in s]
    if timed:
        console.print("stages: " + " · ".join(timed), soft_wrap=True)
    console.print(f"results: {run_dir}  (analysis/*.csv, report/figures/*.png)", soft_wrap=True, markup=False,
                  highlight=False)
