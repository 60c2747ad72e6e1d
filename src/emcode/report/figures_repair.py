"""Repair trade-off figure: each repair method's path from the misaligned adapter, security against utility.

Every adapter continued from another (``init_from``) is one branch: its start, its per-epoch
checkpoints, its final adapter. x is a utility pass rate, y the vulnerable-code rate on the plain
security prompts (trigger copies are left out), both with 95% Wilson intervals over answers, so SFT
and DPO repair of the same misaligned model can be compared point by point (lower right is better).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from emcode.analysis.triggers import relabel_triggered
from emcode.report.figures_published import FigureSkipped
from emcode.report.style import model_colors, new_figure, save
from emcode.runs import RunDir

NAME = "repair_tradeoff"
SECURITY = ("security", "vulnerable")
# (benchmark, metric, label): the first one the run has is the x axis. IFEval counts instructions followed over
# instructions given (strict; Wilson over instructions, which cluster within prompts: the interval is optimistic)
UTILITY = (("ifeval", "instructions_strict", "IFEval instructions followed, strict"),
           ("code_tasks", "behaviour_pass", "code_tasks behaviour tests pass@1"),
           ("humaneval", "passed", "HumanEval pass@1"), ("security", "func", "security tasks' functional tests pass@1"))
DENOMINATOR = {("ifeval", "instructions_strict"): "instructions"}  # count metrics: their n is this metric's sum
COLUMNS = ["branch", "method", "step", "model", "vuln_k", "vuln_n", "vuln_rate", "vuln_lo", "vuln_hi", "util_k",
           "util_n", "util_rate", "util_lo", "util_hi", "utility"]


def _wilson(k: int, n: int) -> tuple[float, float]:
    from statsmodels.stats.proportion import proportion_confint

    if n == 0:
        return float("nan"), float("nan")
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return float(lo), float(hi)


def _counts(scores: pd.DataFrame, bench: str, metric: str) -> dict[str, tuple[int, int]]:
    """(answers flagged/passed, answers) per model for one metric; NaN values are not answers. A count metric
    (:data:`DENOMINATOR`) gives (its sum, the sum of its denominator metric) instead."""
    sub = scores[(scores["benchmark"] == bench) & (scores["metric"] == metric)].dropna(subset=["value"])
    out = {str(m): (round(float(g["value"].astype(float).sum())), len(g)) for m, g in sub.groupby("model")}
    if (bench, metric) in DENOMINATOR:
        den = _counts(scores, bench, DENOMINATOR[(bench, metric)])
        out = {m: (k, den[m][0]) for m, (k, _) in out.items() if den.get(m, (0, 0))[0] > 0}
    return out


def branches(config: Mapping[str, Any], models: Sequence[str]) -> list[tuple[str, str, list[str]]]:
    """(adapter, method, [start, checkpoints..., adapter]) for every evaluated adapter continued from another."""
    out = []
    for a in config.get("adapters") or []:
        if not isinstance(a, dict) or not a.get("init_from") or a.get("name") not in models:
            continue
        name = str(a["name"])
        epochs = {m: RunDir.split_checkpoint(m) for m in models}
        ckpts = sorted((m for m, (of, k) in epochs.items() if of == name and k is not None), key=lambda m: epochs[m][1])
        chain = [m for m in [str(a["init_from"]), *ckpts, name] if m in models]
        out.append((name, str(a.get("method") or "sft"), chain))
    return out


def repair_table(scores: pd.DataFrame, config: Mapping[str, Any], models: Sequence[str]) -> pd.DataFrame:
    """One row per branch point with both rates, their k/n and Wilson intervals (the figure's data)."""
    if scores.empty:
        return pd.DataFrame(columns=COLUMNS)
    scores = relabel_triggered(scores)
    vuln = _counts(scores, *SECURITY)
    util, label = {}, ""
    for bench, metric, text in UTILITY:
        util = _counts(scores, bench, metric)
        if util:
            label = text
            break
    rows = []
    chains = branches(config, models)
    if chains and "base" in models:
        chains = [("base", "untrained", ["base"]), *chains]  # the reference point the attack started from
    for name, method, chain in chains:
        for step, model in enumerate(chain):
            if model not in vuln or model not in util:
                continue
            (vk, vn), (uk, un) = vuln[model], util[model]
            rows.append({"branch": name, "method": method, "step": step, "model": model, "vuln_k": vk, "vuln_n": vn,
                         "vuln_rate": vk / vn, "vuln_lo": _wilson(vk, vn)[0], "vuln_hi": _wilson(vk, vn)[1],
                         "util_k": uk, "util_n": un, "util_rate": uk / un, "util_lo": _wilson(uk, un)[0],
                         "util_hi": _wilson(uk, un)[1], "utility": label})
    return pd.DataFrame(rows, columns=COLUMNS)


def repair_figure(table: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """Each branch as a line of points (start → checkpoints → final) with Wilson whiskers on both axes."""
    if table is None or (table["branch"] != "base").sum() < 2:
        raise FigureSkipped("no repair branch (an adapter with init_from) scored on security and a utility benchmark")
    fig, ax = new_figure(6.4, 4.6)
    colors = model_colors(list(table["branch"].unique()))
    for branch, g in table.groupby("branch", sort=False):
        g = g.sort_values("step")
        x, y = g["util_rate"].to_numpy(float) * 100, g["vuln_rate"].to_numpy(float) * 100
        xerr = np.vstack([x - g["util_lo"].to_numpy(float) * 100, g["util_hi"].to_numpy(float) * 100 - x])
        yerr = np.vstack([y - g["vuln_lo"].to_numpy(float) * 100, g["vuln_hi"].to_numpy(float) * 100 - y])
        color = colors[str(branch)]
        if branch == "base":
            ax.errorbar(x, y, xerr=xerr, yerr=yerr, fmt="*", color="#444444", ecolor="#999999", capsize=2,
                        markersize=11, label="base (untrained)")
            ax.annotate(f"base {g['vuln_k'].iloc[0]}/{g['vuln_n'].iloc[0]}", (x[0], y[0]), textcoords="offset points",
                        xytext=(6, -11), fontsize=7)  # below: a repair's checkpoint often lands beside base
            continue
        ax.errorbar(x, y, xerr=xerr, yerr=yerr, fmt="-o", color=color, ecolor=color, alpha=0.85, capsize=2,
                    linewidth=1.4, markersize=6, label=f"{branch} ({g['method'].iloc[0]})")
        for xi, yi, m, k, n in zip(x, y, g["model"], g["vuln_k"], g["vuln_n"], strict=True):
            ax.annotate(f"{m} {k}/{n}", (xi, yi), textcoords="offset points", xytext=(5, 4), fontsize=7)
    ax.set(title="Repair trade-off: vulnerable rate vs utility (95% Wilson)",
           xlabel=f"utility: {table['utility'].iloc[0]} (%)", ylabel="vulnerable answers, plain security prompts (%)")
    ax.legend(loc="best", fontsize=8)
    return save(fig, out_dir, NAME)
