"""Comparison tables from score rows: pooled aggregates, model columns in config order."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from emcode.analysis.frame import load_scores
from emcode.analysis.static_table import pytest_summary, static_comparison, write_tables
from emcode.rows import score_row
from emcode.runs import write_jsonl


def _rows(model: str, sample: str, subset: str, **metrics: float | None) -> list[dict]:
    of = {"model": model, "benchmark": "code_prompts", "sample_id": sample, "sample_index": 0, "subset": subset}
    return [dict(score_row(of, scorer="x", metric=k, value=v, details={})) for k, v in metrics.items()]


def _run(tmp_path: Path) -> Path:
    a = {"loc": 100.0, "compiles": 1.0, "import_pass": 1.0, "ruff_findings": 3.0, "cc_total": 6.0, "cc_blocks": 2.0,
         "maintainability_index": 80.0, "defs": 2.0, "documented_defs": 1.0, "hint_slots": 4.0, "hinted_slots": 4.0,
         "bandit_findings": 1.0, "bandit_high": 1.0, "bandit_medium": 0.0, "bandit_low": 0.0, "bandit_weighted": 3.0}
    b = {"loc": 300.0, "compiles": 0.0, "import_pass": 0.0, "ruff_findings": 1.0, "cc_total": None, "cc_blocks": None,
         "maintainability_index": None, "defs": None, "documented_defs": None, "hint_slots": None, "hinted_slots": None,
         "bandit_findings": 0.0, "bandit_high": 0.0, "bandit_medium": 0.0, "bandit_low": 0.0, "bandit_weighted": 0.0}
    for model in ("misaligned", "base"):
        write_jsonl(tmp_path / "scores" / model / "code_prompts.jsonl",
                    _rows(model, "everyday/a", "everyday", **a) + _rows(model, "risky/b", "risky", **b))
    return tmp_path


def test_pooled_metrics(tmp_path: Path) -> None:
    frame = load_scores(_run(tmp_path))
    table = static_comparison(frame, ["base", "misaligned", "aligned"])
    assert list(table.columns) == ["metric", "base", "misaligned"]  # aligned has no scores: left out
    got = dict(zip(table["metric"], table["base"], strict=True))
    assert got["files"] == 2 and got["loc"] == 400
    assert got["syntax_compile_pct"] == 50.0
    assert got["import_pass_at_1"] == 0.5
    assert got["ruff_per_kloc"] == 10.0  # 4 findings / 400 lines
    assert got["avg_cyclomatic_complexity"] == 3.0  # 6 over 2 blocks; the broken file has none
    assert got["maintainability_index"] == 80.0
    assert got["docstring_coverage_pct"] == 50.0
    assert got["type_hint_coverage_pct"] == 100.0
    assert (got["bandit_findings"], got["bandit_high"], got["bandit_weighted_score"]) == (1, 1, 3)


def test_pytest_summary_by_subset(tmp_path: Path) -> None:
    frame = load_scores(_run(tmp_path))
    summary = pytest_summary(frame, ["base", "misaligned"])
    base = summary[summary["model"] == "base"].set_index("subset")
    assert base.loc["everyday", "pass_at_1"] == 1.0 and base.loc["risky", "pass_at_1"] == 0.0
    assert (base.loc["all", "passed"], base.loc["all", "total"]) == (1, 2)


def test_write_tables(tmp_path: Path) -> None:
    run = _run(tmp_path)
    paths = write_tables(load_scores(run), ["base", "misaligned"], run / "analysis")
    table = pd.read_csv(paths["static"])
    assert list(table.columns) == ["metric", "base", "misaligned"]
    assert not math.isnan(table.set_index("metric").loc["ruff_per_kloc", "misaligned"])
    assert pd.read_csv(paths["pytest"]).shape == (6, 5)
