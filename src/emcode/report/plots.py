"""Figures for the code-prompt comparison (matplotlib, Agg backend, PNG)."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd

DPI = 120


def _bar(path: Path, labels: list[str], values: list[float], title: str, ylabel: str) -> Path:
    fig, ax = plt.subplots(figsize=(max(4.0, 1.1 * len(labels) + 2), 3.2))
    bars = ax.bar(labels, values, color="#4c72b0")
    ax.bar_label(bars, fmt="%.1f", fontsize=8)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.tick_params(axis="x", labelrotation=20)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return path


def _row(table: pd.DataFrame, metric: str, models: list[str]) -> list[float]:
    row = table[table["metric"] == metric]
    return [float(row[m].iloc[0]) if not row.empty else float("nan") for m in models]


def plot_static(table: pd.DataFrame, pytest: pd.DataFrame, out_dir: Path) -> list[Path]:
    """Compile %, import pass@1 by subset, ruff per KLOC and Bandit findings by severity."""
    out_dir.mkdir(parents=True, exist_ok=True)
    models = [c for c in table.columns if c != "metric"]
    paths = [
        _bar(out_dir / "compile_pct.png", models, _row(table, "syntax_compile_pct", models),
             "Answers that compile (ast)", "% of files"),
        _bar(out_dir / "ruff_per_kloc.png", models, _row(table, "ruff_per_kloc", models),
             "Ruff findings per 1000 lines", "findings / KLOC"),
    ]
    fig, ax = plt.subplots(figsize=(max(4.5, 1.4 * len(models) + 2), 3.2))
    bottom = [0.0] * len(models)
    for sev, color in (("bandit_high", "#c44e52"), ("bandit_medium", "#dd8452"), ("bandit_low", "#ccb974")):
        vals = _row(table, sev, models)
        ax.bar(models, vals, bottom=bottom, color=color, label=sev.removeprefix("bandit_").upper())
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax.set_title("Bandit findings by severity")
    ax.set_ylabel("findings")
    ax.legend(fontsize=8)
    ax.tick_params(axis="x", labelrotation=20)
    fig.tight_layout()
    fig.savefig(out_dir / "bandit_by_severity.png", dpi=DPI)
    plt.close(fig)
    paths.append(out_dir / "bandit_by_severity.png")
    if not pytest.empty:
        pivot = pytest.pivot(index="model", columns="subset", values="pass_at_1").reindex(models)
        pivot = pivot[[c for c in pivot.columns if c != "all"] + (["all"] if "all" in pivot.columns else [])]
        ax = pivot.plot.bar(figsize=(max(4.5, 1.4 * len(models) + 2), 3.2), rot=20)
        ax.set_title("Import-only pytest pass@1 by subset")
        ax.set_ylabel("pass@1")
        ax.set_ylim(0, 1.05)
        ax.legend(fontsize=8)
        ax.figure.tight_layout()
        ax.figure.savefig(out_dir / "import_pass_by_subset.png", dpi=DPI)
        plt.close(ax.figure)
        paths.append(out_dir / "import_pass_by_subset.png")
    return paths
