"""Everything the report reads from a run directory, loaded once and tolerant of absent files.

Tables written by the analysis stage (``analysis/*.csv``, ``analysis/summary.json``) are
``None`` when missing, so each figure or section can say "not available" instead of failing.
Score rows are read through :mod:`emcode.rows` (schema-checked), paths come from :class:`emcode.runs.RunDir`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from emcode.analysis.conditions import condition_of, seed_of
from emcode.analysis.triggers import relabel_triggered
from emcode.errors import EmcodeError
from emcode.rows import SCORE_COLUMNS, read_score_rows
from emcode.runs import ANALYSIS_TABLES, RunDir

TABLES = ANALYSIS_TABLES  # every analysis table the report may read (declared in emcode.runs)


@dataclass
class ReportInputs:
    """A run's analysis tables, score rows (with details), model order, manifest, config and data card."""

    run_dir: Path
    models: list[str]
    tables: dict[str, pd.DataFrame | None]
    scores: pd.DataFrame  # one row per score row: model, benchmark, sample_id, sample_index, subset, scorer, metric, value, details
    summary: dict[str, Any] | None = None
    manifest: dict[str, Any] = field(default_factory=dict)
    config: dict[str, Any] = field(default_factory=dict)
    card: dict[str, Any] | None = None

    def table(self, name: str) -> pd.DataFrame | None:
        """An analysis table by file stem, None when absent or empty."""
        t = self.tables.get(name)
        return None if t is None or t.empty else t

    @property
    def static(self) -> pd.DataFrame | None:
        return self.table("static_metrics_comparison")

    @property
    def pytest(self) -> pd.DataFrame | None:
        return self.table("pytest_results_summary")

    def judges(self) -> dict[str, list[str]]:
        """``benchmark/scorer`` → the judge names found in score details (which judge made which number)."""
        out: dict[str, set[str]] = {}
        if self.scores.empty:
            return {}
        for (bench, scorer), group in self.scores.groupby(["benchmark", "scorer"], sort=True):
            names = set()
            for d in group["details"]:
                if isinstance(d, dict) and d.get("judge"):
                    method = d.get("method")
                    names.add(f"{d['judge']}" + (f" ({method})" if method and method != "judge" else ""))
            if names:
                out[f"{bench}/{scorer}"] = names
        return {k: sorted(v) for k, v in out.items()}


def _read_csv(path: Path) -> pd.DataFrame | None:
    if not path.is_file():
        return None
    try:
        return pd.read_csv(path)
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise EmcodeError(f"{path}: not a readable CSV ({exc}); rerun 'emcode analyze'") from None


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EmcodeError(f"{path}: not valid JSON ({exc.msg}); rerun the stage that writes it") from None
    return data if isinstance(data, dict) else {"value": data}


def load_score_rows(run_dir: Path) -> pd.DataFrame:
    """Every score row of the run, details kept (``scores/<model>/<benchmark>.jsonl``)."""
    cols = [*SCORE_COLUMNS, "details"]
    rows = []
    for path in RunDir(run_dir).score_files():
        rows.extend({c: r.get(c) for c in cols} for r in read_score_rows(path))
    frame = pd.DataFrame(rows, columns=cols)
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return relabel_triggered(frame)  # trigger-context copies as <benchmark>_triggered, out of the plain figures


def model_order(config: dict[str, Any], found: list[str], static: pd.DataFrame | None = None) -> list[str]:
    """Models in table order: ``base`` first, then the config's ``evaluate.models`` (else the static
    table's columns; a name trained with several seeds stands for its ``name_s<k>`` models) with each
    adapter's checkpoints (``name@epoch-k``) just before it, then the rest."""
    order = [str(m) for m in ((config.get("evaluate") or {}).get("models") or [])]
    if not order and static is not None:
        order = [c for c in static.columns if c != "metric"]
    present = {*found, *(static.columns if static is not None else [])} - {"metric"}
    if present:  # a condition trained with several seeds is scored as <name>_s<seed>: list those in its place
        order = [x for m in order for x in ([m] if m in present else sorted(
            (x for x in present if not RunDir.is_checkpoint(x) and seed_of(x) is not None and condition_of(x) == m),
            key=seed_of))]
    order = [m for m in order if not RunDir.is_checkpoint(m)]
    ckpts: dict[str, list[tuple[int, str]]] = {}
    for m in sorted({*found, *(static.columns if static is not None else [])} - {"metric"}):  # not hash order
        root, epoch = RunDir.split_checkpoint(m)
        if epoch is not None:
            ckpts.setdefault(root, []).append((epoch, m))
    out: list[str] = []
    for m in order:
        out.extend(name for _, name in sorted(ckpts.pop(m, [])))
        out.append(m)
    for rest in ckpts.values():
        out.extend(name for _, name in sorted(rest))
    out += sorted(m for m in found if m not in out)
    if "base" in out:
        out.remove("base")
        out.insert(0, "base")
    return out


def load_inputs(run_dir: str | Path) -> ReportInputs:
    """Read what the report needs from ``run_dir`` (missing pieces become None/empty)."""
    run = RunDir(run_dir)
    if not run.root.is_dir():
        raise EmcodeError(f"{run.root}: run directory not found")
    tables = {name: _read_csv(run.table(name)) for name in TABLES}
    scores = load_score_rows(run.root)
    config: dict[str, Any] = {}
    if run.config.is_file():
        try:
            config = yaml.safe_load(run.config.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise EmcodeError(f"{run.config}: not valid YAML ({exc}); restore the file") from None
    found = sorted({*scores["model"].dropna().unique(),
                    *run.generation_models()})
    static = tables["static_metrics_comparison"]
    if static is None and (scores["benchmark"] == "code_prompts").any():
        from emcode.analysis.static_table import pytest_summary, static_comparison

        names = model_order(config, found)  # not written to analysis/: the analysis stage owns those files
        tables["static_metrics_comparison"] = static = static_comparison(scores, names)
        if tables["pytest_results_summary"] is None:
            tables["pytest_results_summary"] = pytest_summary(scores, names)
    models = model_order(config, found, static)
    if static is not None and "metric" in static.columns:  # figures read model columns in this order
        tables["static_metrics_comparison"] = static[["metric", *(m for m in models if m in static.columns)]]
    return ReportInputs(
        run_dir=run.root, models=models, tables=tables, scores=scores,
        summary=_read_json(run.summary), manifest=_read_json(run.manifest) or {},
        config=config, card=_read_json(run.data_card))
