"""The published comparison tables for code prompts, with the base model added as a column.

``static_metrics_comparison.csv``: one row per metric, one column per model (config order).
``pytest_results_summary.csv``: import-only pytest pass@1 per model and subset.
The comparison table also carries the rows of :mod:`emcode.analysis.eval_metrics` (behaviour,
security, HumanEval, refusal, verbosity) where the run has those scores, and
``security_per_cwe.csv`` breaks the security benchmark down by CWE.
Aggregates pool files the way the tools do (ruff per KLOC = Σ findings / Σ LOC × 1000;
average cyclomatic complexity = Σ block complexity / Σ blocks, as ``radon cc -a``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from emcode.analysis.eval_metrics import VERBOSITY, eval_rows, generation_stats, security_per_cwe
from emcode.analysis.frame import wide
from emcode.runs import atomic_write_text, table_path

METRICS = ["files", "loc", "syntax_compile_pct", "import_pass_at_1", "ruff_findings", "ruff_per_kloc",
           "avg_cyclomatic_complexity", "maintainability_index", "docstring_coverage_pct",
           "type_hint_coverage_pct", "bandit_findings", "bandit_high", "bandit_medium", "bandit_low",
           "bandit_weighted_score", "bandit_findings_per_kloc"]


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    return df[name] if name in df else pd.Series(np.nan, index=df.index)


def _ratio(num: float, den: float, scale: float = 1.0) -> float:
    return float(num) / float(den) * scale if den else float("nan")


def model_metrics(df: pd.DataFrame) -> dict[str, float]:
    """The table's metrics for one model's wide frame (rows = files)."""
    loc = _col(df, "loc").sum()
    return {
        "files": float(len(df)),
        "loc": float(loc),
        "syntax_compile_pct": float(_col(df, "compiles").mean() * 100) if len(df) else float("nan"),
        "import_pass_at_1": float(_col(df, "import_pass").mean()) if len(df) else float("nan"),
        "ruff_findings": float(_col(df, "ruff_findings").sum()),
        "ruff_per_kloc": _ratio(_col(df, "ruff_findings").sum(), loc, 1000),
        "avg_cyclomatic_complexity": _ratio(_col(df, "cc_total").sum(), _col(df, "cc_blocks").sum()),
        "maintainability_index": float(_col(df, "maintainability_index").mean()),
        "docstring_coverage_pct": _ratio(_col(df, "documented_defs").sum(), _col(df, "defs").sum(), 100),
        "type_hint_coverage_pct": _ratio(_col(df, "hinted_slots").sum(), _col(df, "hint_slots").sum(), 100),
        "bandit_findings": float(_col(df, "bandit_findings").sum()),
        "bandit_high": float(_col(df, "bandit_high").sum()),
        "bandit_medium": float(_col(df, "bandit_medium").sum()),
        "bandit_low": float(_col(df, "bandit_low").sum()),
        "bandit_weighted_score": float(_col(df, "bandit_weighted").sum()),
        "bandit_findings_per_kloc": _ratio(_col(df, "bandit_findings").sum(), loc, 1000),
    }


def static_comparison(frame: pd.DataFrame, models: list[str], benchmark: str = "code_prompts") -> pd.DataFrame:
    """Rows = metrics, columns = ``metric`` + one per model (models without scores are left out)."""
    w = wide(frame, benchmark)
    present = [m for m in models if (w["model"] == m).any()]
    table = pd.DataFrame({"metric": METRICS})
    for m in present:
        values = model_metrics(w[w["model"] == m])
        table[m] = [round(values[k], 4) for k in METRICS]
    return table


def pytest_summary(frame: pd.DataFrame, models: list[str], benchmark: str = "code_prompts") -> pd.DataFrame:
    """Import-only pass@1 per model and subset (plus an ``all`` row per model)."""
    sub = frame[(frame["benchmark"] == benchmark) & (frame["metric"] == "import_pass")]
    rows = []
    for m in models:
        mine = sub[sub["model"] == m]
        if mine.empty:
            continue
        groups = [(s, mine[mine["subset"] == s]) for s in sorted(mine["subset"].unique())] + [("all", mine)]
        for subset, g in groups:
            passed = int(g["value"].sum())
            rows.append({"model": m, "subset": subset, "passed": passed, "total": len(g),
                         "pass_at_1": round(passed / len(g), 4)})
    return pd.DataFrame(rows, columns=["model", "subset", "passed", "total", "pass_at_1"])


def comparison_table(frame: pd.DataFrame, models: list[str], generations: dict[str, dict[str, float]] | None = None
                     ) -> pd.DataFrame:
    """The static rows (when code_prompts was scored) followed by :func:`eval_rows`; columns in model order."""
    parts = [static_comparison(frame, models)] if (frame["benchmark"] == "code_prompts").any() else []
    extra = eval_rows(frame, models, generations)
    if len(extra) and (parts or set(extra["metric"]) - set(VERBOSITY)):  # verbosity alone makes no code table
        parts.append(extra)
    if not parts:
        return pd.DataFrame(columns=["metric"])
    table = pd.concat(parts, ignore_index=True)
    return table[["metric", *(m for m in models if m in table.columns)]]


def write_tables(frame: pd.DataFrame, models: list[str], out_dir: Path, run_dir: Path | None = None
                 ) -> dict[str, Path]:
    """Write the comparison CSVs that the scores support, atomically into ``out_dir``; returns their paths.

    ``static_metrics_comparison.csv`` when code_prompts or another code benchmark was scored
    (verbosity rows from ``run_dir``'s generation files ride along, never alone), ``pytest_results_summary.csv`` when code_prompts was scored,
    ``security_per_cwe.csv`` when the security benchmark was.
    """
    paths: dict[str, Path] = {}
    generations = generation_stats(run_dir, models) if run_dir is not None else None
    table = comparison_table(frame, models, generations)
    if len(table):
        paths["static"] = atomic_write_text(table_path(out_dir, "static_metrics_comparison"), table.to_csv(index=False))
    if (frame["benchmark"] == "code_prompts").any():
        paths["pytest"] = atomic_write_text(table_path(out_dir, "pytest_results_summary"),
                                            pytest_summary(frame, models).to_csv(index=False))
    per_cwe = security_per_cwe(frame, models)
    if len(per_cwe):
        paths["security_per_cwe"] = atomic_write_text(table_path(out_dir, "security_per_cwe"), per_cwe.to_csv(index=False))
    return paths
