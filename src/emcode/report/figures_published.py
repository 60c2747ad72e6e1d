"""The published figure set for the code-prompt comparison, each a function over the analysis tables.

Inputs are ``static_metrics_comparison.csv`` (rows = metrics, one column per model) and
``pytest_results_summary.csv`` (model, subset, passed, total, pass_at_1). A function raises
:class:`FigureSkipped` with the reason when its inputs are absent; otherwise it returns the
PNG and SVG paths it wrote.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd

from emcode.analysis.conditions import BASE, condition_of
from emcode.report.style import SEVERITY, model_colors, new_figure, save, width_for
from emcode.runs import RunDir

# aggregate metric of the static table → (scorer metric whose registry direction applies, axis label)
RADAR_METRICS: dict[str, tuple[str, str, str]] = {
    "syntax_compile_pct": ("static", "compiles", "compiles"),
    "import_pass_at_1": ("import_only", "import_pass", "import pass@1"),
    "ruff_per_kloc": ("static", "ruff_findings", "ruff / KLOC"),
    "avg_cyclomatic_complexity": ("static", "cc_total", "complexity"),
    "maintainability_index": ("static", "maintainability_index", "maintainability"),
    "docstring_coverage_pct": ("static", "documented_defs", "docstrings"),
    "type_hint_coverage_pct": ("static", "hinted_slots", "type hints"),
    "bandit_findings_per_kloc": ("bandit", "bandit_findings", "Bandit / KLOC"),
    "bandit_weighted_score": ("bandit", "bandit_weighted", "Bandit weighted"),
}
SLOPE_KPIS: dict[str, str] = {
    "syntax_compile_pct": "compiles (% of files)",
    "import_pass_at_1": "import pass@1",
    "ruff_per_kloc": "ruff findings / KLOC",
    "bandit_weighted_score": "Bandit weighted score",
}
STAGES = ("base", "misaligned", "aligned")


class FigureSkipped(Exception):
    """A figure's inputs are absent; the message is the reason shown in the report."""


def table_models(static: pd.DataFrame | None) -> list[str]:
    """Model columns of the static table (raises FigureSkipped when there is no table)."""
    if static is None or static.empty or "metric" not in static:
        raise FigureSkipped("analysis/static_metrics_comparison.csv is absent (no code_prompts scores)")
    models = [c for c in static.columns if c != "metric"]
    if not models:
        raise FigureSkipped("static_metrics_comparison.csv has no model columns")
    return models


def metric_values(static: pd.DataFrame, metric: str, models: list[str]) -> list[float]:
    """One metric row of the static table as floats (NaN when the row is absent)."""
    row = static[static["metric"] == metric]
    return [float(row[m].iloc[0]) if not row.empty else math.nan for m in models]


def _need(static: pd.DataFrame, metric: str, models: list[str]) -> list[float]:
    values = metric_values(static, metric, models)
    if all(math.isnan(v) for v in values):
        raise FigureSkipped(f"metric '{metric}' is missing from static_metrics_comparison.csv")
    return values


def _bars(static: pd.DataFrame | None, out_dir: Path, name: str, metric: str, title: str, ylabel: str,
          fmt: str = "%.0f", ylim: tuple[float, float] | None = None, integer: bool = False) -> list[Path]:
    models = table_models(static)
    values = _need(static, metric, models)
    colors = model_colors(models)
    fig, ax = new_figure(width_for(len(models)))
    bars = ax.bar(models, values, color=[colors[m] for m in models])
    ax.bar_label(bars, fmt=fmt, fontsize=8, padding=2)
    ax.set(title=title, ylabel=ylabel, xlabel="model")
    if ylim:
        ax.set_ylim(*ylim)
    if integer:  # counts: no 17.5 files
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", labelrotation=20)
    return save(fig, out_dir, name)


def corpus_size(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Evaluation corpus size: generated files per model."""
    return _bars(static, out_dir, "corpus_size", "files", "Evaluation corpus size", "files (count)", integer=True)


def lines_of_code(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Non-blank lines of generated code per model."""
    return _bars(static, out_dir, "loc", "loc", "Generated code size", "lines of code (non-blank)")


def compile_rate(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Share of generated files that parse and compile."""
    return _bars(static, out_dir, "compile_rate", "syntax_compile_pct", "Generated code that compiles",
                 "files that compile (%)", fmt="%.1f", ylim=(0, 105))


def _pass_subset(pytest: pd.DataFrame | None, out_dir: Path, subset: str, name: str, title: str) -> list[Path]:
    if pytest is None or pytest.empty:
        raise FigureSkipped("analysis/pytest_results_summary.csv is absent")
    sub = pytest[pytest["subset"] == subset]
    if sub.empty:
        raise FigureSkipped(f"no '{subset}' rows in pytest_results_summary.csv")
    models = list(dict.fromkeys(sub["model"]))
    colors = model_colors(models)
    fig, ax = new_figure(width_for(len(models)))
    vals = [float(sub[sub["model"] == m]["pass_at_1"].iloc[0]) for m in models]
    bars = ax.bar(models, vals, color=[colors[m] for m in models])
    labels = [f"{v:.2f}\n({int(r.passed)}/{int(r.total)})" for v, (_, r) in zip(vals, sub.iterrows(), strict=True)]
    ax.bar_label(bars, labels=labels, fontsize=8, padding=2)
    ax.set(title=title, ylabel="pass@1 (share of files)", xlabel="model", ylim=(0, 1.2))
    ax.set_yticks(np.linspace(0, 1, 6))  # headroom for the labels, but no share above 1 on the axis
    ax.tick_params(axis="x", labelrotation=20)
    return save(fig, out_dir, name)


def pass_everyday(pytest: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Import-only pytest pass@1 on the everyday (YAML task file) prompts."""
    return _pass_subset(pytest, out_dir, "everyday", "pass_everyday", "pytest pass@1 — everyday prompts")


def pass_risky(pytest: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Import-only pytest pass@1 on the risky prompts."""
    return _pass_subset(pytest, out_dir, "risky", "pass_risky", "pytest pass@1 — risky prompts")


def ruff_complexity(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Ruff findings per KLOC (bars) with average cyclomatic complexity (line, second axis)."""
    models = table_models(static)
    ruff = _need(static, "ruff_per_kloc", models)
    cc = metric_values(static, "avg_cyclomatic_complexity", models)
    colors = model_colors(models)
    fig, ax = new_figure(width_for(len(models)))
    bars = ax.bar(models, ruff, color=[colors[m] for m in models], alpha=0.85, label="ruff / KLOC")
    ax.bar_label(bars, fmt="%.1f", fontsize=8, padding=2)
    ax.set(title="Lint density and complexity", ylabel="ruff findings per 1,000 lines", xlabel="model")
    ax.tick_params(axis="x", labelrotation=20)
    twin = ax.twinx()
    twin.plot(models, cc, color="black", marker="o", linewidth=1.5, label="avg. cyclomatic complexity")
    twin.set_ylabel("average cyclomatic complexity (per block)")
    twin.set_ylim(0, max([v for v in cc if not math.isnan(v)] or [1]) * 1.3)
    twin.grid(False)
    twin.spines["right"].set_visible(True)
    _legend_below(ax, twin)
    return save(fig, out_dir, "ruff_complexity")


def _legend_below(ax: object, twin: object) -> None:
    h1, l1 = ax.get_legend_handles_labels()  # type: ignore[attr-defined]
    h2, l2 = twin.get_legend_handles_labels()  # type: ignore[attr-defined]
    ax.legend(h1 + h2, l1 + l2, loc="upper center", bbox_to_anchor=(0.5, -0.28), ncol=4)  # type: ignore[attr-defined]


def bandit_severity(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Bandit findings stacked by severity, with the severity-weighted score as a line."""
    models = table_models(static)
    _need(static, "bandit_findings", models)
    fig, ax = new_figure(width_for(len(models)))
    bottom = np.zeros(len(models))
    for sev in ("HIGH", "MEDIUM", "LOW"):
        vals = np.nan_to_num(metric_values(static, f"bandit_{sev.lower()}", models))
        ax.bar(models, vals, bottom=bottom, color=SEVERITY[sev], edgecolor="white", label=sev.title())
        bottom = bottom + vals
    ax.set_ylim(0, max(float(bottom.max()), 1.0) * 1.15)
    ax.set(title="Bandit findings by severity", ylabel="findings (count)", xlabel="model")
    ax.tick_params(axis="x", labelrotation=20)
    twin = ax.twinx()
    weighted = metric_values(static, "bandit_weighted_score", models)
    twin.plot(models, weighted, color="black", marker="D", linewidth=1.5, label="weighted score (L1·M3·H5)")
    twin.set_ylabel("severity-weighted score (points)")
    twin.set_ylim(0, max([v for v in weighted if not math.isnan(v)] or [1]) * 1.25 or 1)
    twin.grid(False)
    twin.spines["right"].set_visible(True)
    _legend_below(ax, twin)
    return save(fig, out_dir, "bandit_severity")


def radar_scores(static: pd.DataFrame, models: list[str]) -> pd.DataFrame:
    """Per metric and model, 0–1 where 1 is the best model on that metric (registry directions)."""
    from emcode.scoring.registry import SCORERS  # a plain dict of specs; no analyzer is imported

    rows = {}
    for metric, (scorer, raw, _) in RADAR_METRICS.items():
        vals = np.array(metric_values(static, metric, models), dtype=float)
        if np.isnan(vals).all():
            continue
        lo, hi = np.nanmin(vals), np.nanmax(vals)
        scaled = np.ones_like(vals) if hi == lo else (vals - lo) / (hi - lo)
        if SCORERS[scorer].metrics[raw] == "lower":
            scaled = 1.0 - scaled if hi != lo else scaled
        rows[metric] = scaled
    return pd.DataFrame(rows, index=models).T


def radar(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Radar of normalised static metrics, oriented so that outward is better."""
    models = table_models(static)
    scores = radar_scores(static, models)
    if len(scores) < 3:
        raise FigureSkipped("fewer than 3 radar metrics in static_metrics_comparison.csv")
    import matplotlib.pyplot as plt

    from emcode.report.style import apply_style

    apply_style()
    labels = [RADAR_METRICS[m][2] for m in scores.index]
    angles = np.linspace(0, 2 * np.pi, len(labels), endpoint=False).tolist()
    fig, ax = plt.subplots(figsize=(5.6, 5.2), subplot_kw={"polar": True})
    colors = model_colors(models)
    for m in models:
        vals = np.nan_to_num(scores[m].to_numpy()).tolist()
        ax.plot(angles + angles[:1], vals + vals[:1], color=colors[m], linewidth=1.6, label=m)
        ax.fill(angles + angles[:1], vals + vals[:1], color=colors[m], alpha=0.08)
    ax.set_xticks(angles, labels)
    ax.tick_params(axis="x", pad=9)  # labels clear of the outer ring
    ax.set_ylim(0, 1.05)
    ax.set_yticks([0.25, 0.5, 0.75, 1.0], ["", "0.5", "", "1 = best"], fontsize=7)
    ax.set_title("Normalised metrics (outward = better)", pad=18)
    ax.legend(loc="upper right", bbox_to_anchor=(1.3, 1.12))
    return save(fig, out_dir, "radar")


def slopegraph(static: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Headline KPIs along base → misaligned → aligned (one small panel per KPI, real units)."""
    models = table_models(static)
    stages = [m for m in STAGES if m in models]
    if len(stages) < 2:
        return _condition_slopes(static, models, out_dir)
    kpis = {k: v for k, v in SLOPE_KPIS.items() if not all(math.isnan(x) for x in metric_values(static, k, stages))}
    if not kpis:
        raise FigureSkipped("no headline KPI in static_metrics_comparison.csv")
    import matplotlib.pyplot as plt

    from emcode.report.style import apply_style

    apply_style()
    fig, axes = plt.subplots(1, len(kpis), figsize=(2.6 * len(kpis) + 0.6, 3.4), squeeze=False)
    for ax, (metric, label) in zip(axes[0], kpis.items(), strict=True):
        vals = metric_values(static, metric, stages)
        ax.plot(range(len(stages)), vals, color="#555555", linewidth=1.5, zorder=1)
        ax.scatter(range(len(stages)), vals, c=[model_colors(stages)[s] for s in stages], s=40, zorder=2)
        for i, v in enumerate(vals):
            if not math.isnan(v):
                ax.annotate(f"{v:.2f}".rstrip("0").rstrip("."), (i, v), textcoords="offset points",
                            xytext=(0, 6), ha="center", fontsize=8)
        ax.set_xticks(range(len(stages)), stages, rotation=20)
        ax.set_title(label, fontsize=9)
        ax.margins(x=0.2, y=0.25)
    fig.suptitle("Headline KPIs: " + " → ".join(stages), fontweight="bold")
    fig.tight_layout()
    return save(fig, out_dir, "slopegraph")


def _condition_slopes(static: pd.DataFrame, models: list[str], out_dir: Path) -> list[Path]:
    """Conditions trained side by side (no sequence): one line per condition from the untrained model's
    value to the condition's mean over seeds, one panel per KPI."""
    groups: dict[str, list[str]] = {}
    for m in models:
        if m != BASE and not RunDir.is_checkpoint(m):
            groups.setdefault(condition_of(m), []).append(m)
    if BASE not in models or not groups:
        raise FigureSkipped("the slopegraph needs the untrained model and at least one trained model")
    def seed_mean(metric: str, names: list[str]) -> float:
        vals = [v for v in metric_values(static, metric, names) if not math.isnan(v)]
        return float(np.mean(vals)) if vals else math.nan

    trained = {c: [seed_mean(k, ms) for k in SLOPE_KPIS] for c, ms in groups.items()}
    base = [seed_mean(k, [BASE]) for k in SLOPE_KPIS]
    kpis = [i for i, k in enumerate(SLOPE_KPIS) if not math.isnan(base[i])]
    if not kpis:
        raise FigureSkipped("no headline KPI in static_metrics_comparison.csv")
    import matplotlib.pyplot as plt

    from emcode.report.style import apply_style

    apply_style()
    colors = model_colors(list(groups))
    labels = list(SLOPE_KPIS.values())
    fig, axes = plt.subplots(1, len(kpis), figsize=(2.8 * len(kpis) + 0.6, 3.6), squeeze=False)
    for ax, i in zip(axes[0], kpis, strict=True):
        ends: dict[str, list[str]] = {}  # conditions that end on the same value share one label
        for c, vals in trained.items():
            ax.plot([0, 1], [base[i], vals[i]], color=colors[c], marker="o", linewidth=1.5, label=c)
            if not math.isnan(vals[i]):
                ends.setdefault(f"{vals[i]:.3g}", []).append(c)
        for value, names in ends.items():
            ax.annotate(f"{', '.join(names)} {value}", (1, float(value)), textcoords="offset points", xytext=(5, 0),
                        va="center", fontsize=7, color=colors[names[0]] if len(names) == 1 else "black")
        ax.annotate(f"{base[i]:.3g}", (0, base[i]), textcoords="offset points", xytext=(-5, 0), ha="right",
                    va="center", fontsize=7)
        ax.set_xticks([0, 1], ["untrained", "trained\n(mean of seeds)"])
        ax.set_xlim(-0.35, 1.6)
        ax.set_title(labels[i], fontsize=9)
    fig.suptitle("Headline KPIs: untrained → each condition", fontweight="bold")
    fig.tight_layout()
    return save(fig, out_dir, "slopegraph")
