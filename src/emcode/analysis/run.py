"""``analyze_run``: every analysis table of a run, rebuilt from its score files alone (seconds).

Writes (atomically) under ``<run>/analysis/``: ``means.csv`` (mean + 95% CI per model and
condition), ``deltas.csv`` (vs base), ``anova.csv``, ``tukey.csv``, ``hypotheses.csv``,
``summary.json``, the comparison tables of :mod:`emcode.analysis.static_table` (static rows when
the run scored ``code_prompts``; test, security, HumanEval and verbosity rows where it has those
scores), the IFEval, safety and EM-question tables of :mod:`emcode.analysis.beyond_code` when
it scored those, and ``triggers.csv`` when security ran with trigger contexts. Model order and conditions come from
``config.resolved.yaml`` when the run has one, else from the score folders and the seed-suffix rule.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from emcode.analysis.anova import anova_tables
from emcode.analysis.beyond_code import write_beyond_code_tables
from emcode.analysis.ci import N_BOOT, means_table, view_stats
from emcode.analysis.compare import deltas_table
from emcode.analysis.conditions import config_conditions, group_models
from emcode.analysis.frame import load_scores
from emcode.analysis.hypotheses import ALPHA, evaluate_hypotheses
from emcode.analysis.static_table import write_tables
from emcode.analysis.triggers import write_trigger_table
from emcode.config import load_resolved
from emcode.errors import EmcodeError
from emcode.runs import RunDir, atomic_write_json, atomic_write_text


def _from_config(run_dir: Path) -> tuple[list[str], dict[str, str] | None, float]:
    """Model order, model → condition map and ``analysis.alpha`` of the run's config (defaults without one)."""
    if not RunDir(run_dir).config.is_file():
        return [], None, ALPHA
    cfg = load_resolved(run_dir)
    return cfg.model_names(), config_conditions(cfg), cfg.analysis.alpha


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def analyze_run(run_dir: str | Path, *, models: list[str] | None = None, n_boot: int = N_BOOT,
                seed: int = 0, alpha: float | None = None) -> dict[str, Path]:
    """Build every analysis table from ``<run>/scores``; returns name → written path.

    ``models`` fixes the table order (e.g. the pipeline's evaluated models with checkpoints);
    by default the config's order, then any other scored model alphabetically. ``alpha`` is the
    hypothesis verdicts' level; by default the config's ``analysis.alpha`` (0.05 without a config).
    """
    t0 = time.perf_counter()
    run = RunDir(run_dir)
    root = run.root
    frame = load_scores(root)
    if frame.empty:
        raise EmcodeError(f"{run.scores_dir}: no score files; run 'emcode score {root}' first")
    order, known, config_alpha = _from_config(root)
    alpha = config_alpha if alpha is None else alpha
    if models is not None:
        order = list(models)
        frame = frame[frame["model"].isin(order)]  # stale folders of models no longer evaluated stay out
    models = [m for m in order if m in set(frame["model"])] + sorted(set(frame["model"]) - set(order))
    out_dir = run.analysis
    paths: dict[str, Path] = {}
    paths.update(write_tables(frame, models, out_dir, root))  # only the tables the scores support
    paths.update(write_beyond_code_tables(root, models, out_dir))
    paths.update(write_trigger_table(frame, models, run.table("triggers")))  # security options.triggers only
    stats = view_stats(frame, known, order=models, n_boot=n_boot, seed=seed)
    means = means_table(stats)
    deltas = deltas_table(stats)
    anova, tukey = anova_tables(stats)
    hyp = evaluate_hypotheses(stats, anova, alpha=alpha)
    for name, table in (("means", means), ("deltas", deltas), ("anova", anova), ("tukey", tukey),
                        ("hypotheses", hyp)):
        paths[name] = atomic_write_text(run.table(name), table.to_csv(index=False))
    summary = {
        "run": str(root), "n_score_rows": len(frame), "n_boot": n_boot, "seed": seed, "ci_level": 0.95,
        "alpha": alpha,
        "models": models, "conditions": group_models(models, known),
        "benchmarks": sorted(frame["benchmark"].unique()),
        "views": [{"benchmark": s.view.benchmark, "metric": s.view.label, "scorer": s.view.scorer,
                   "direction": s.view.direction, "binary": s.binary, "n_items": len(s.items)} for s in stats],
        "hypotheses": [{k: _clean(v) for k, v in r.items()} for r in
                       hyp[["id", "verdict", "effect", "ci_lo", "ci_hi", "p_value", "p_holm", "mde"]].to_dict("records")],
        "files": {k: str(p.relative_to(root)) for k, p in paths.items()},
        "wall_s": round(time.perf_counter() - t0, 3),
    }
    paths["summary"] = atomic_write_json(run.summary, summary)
    return paths
