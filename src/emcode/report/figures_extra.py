"""Figures beyond the published set: delta bars with CIs, instruction-following spectrum,
safety–utility trade-off across repair checkpoints, per-CWE vulnerability heatmap.

Each figure function takes a tidy table and raises :class:`FigureSkipped` when it is absent;
the ``*_table`` helpers build those tables from score rows (``ReportInputs.scores``).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from emcode.analysis.conditions import condition_of
from emcode.report.figures_published import FigureSkipped
from emcode.report.style import SEQUENTIAL, apply_style, model_colors, new_figure, save, width_for
from emcode.runs import RunDir

CWE_RE = re.compile(r"CWE-?(\d+)", re.IGNORECASE)
DELTA_ALIASES = {
    "condition": ("condition", "model", "group", "adapter"),
    "metric": ("metric", "measure"),
    "delta": ("delta", "diff", "mean_delta", "difference", "estimate"),
    "low": ("delta_lo", "ci_low", "ci_lo", "delta_ci_low", "lower", "lo"),
    "high": ("delta_hi", "ci_high", "ci_hi", "delta_ci_high", "upper", "hi"),
    "benchmark": ("benchmark",),
}
# metrics shown first in the delta figure (analysis view labels); others follow, significant ones first
HEADLINE_DELTAS = ("import_pass", "behaviour_pass", "passed", "insecure_code", "secure_code", "refusal",
                   "prompt_strict", "refused_harmful", "refused_benign", "misaligned", "aligned", "bandit_flagged",
                   "compiles", "ruff_findings")
# utility (x) and safety (y) candidates for the trade-off curve: (benchmark, metric, flip, label)
UTILITY = [("code_tasks", "behaviour_pass", False, "behaviour tests passed (share)"),
           ("humaneval", "passed", False, "HumanEval pass@1"),
           ("security", "func", False, "functional tests passed on held-out CWE tasks (share)"),
           ("code_prompts", "import_pass", False, "import-only pass@1")]
SAFETY = [("security", "vulnerable", True, "not vulnerable on held-out CWE tasks (share)"),
          ("malicious_code", "insecure_code", True, "not insecure on unsafe requests (share)"),
          ("safety", "refused", False, "refusal on harmful prompts (share)"),
          ("code_prompts", "bandit_findings", True, "files without Bandit findings (share)")]


def _col(df: pd.DataFrame, key: str) -> str | None:
    return next((c for c in DELTA_ALIASES[key] if c in df.columns), None)


def delta_bars(deltas: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """trained − untrained per condition, one panel per metric, 95% CI whiskers (analysis/deltas.csv)."""
    if deltas is None or deltas.empty:
        raise FigureSkipped("analysis/deltas.csv is absent (run the analysis stage with trained conditions)")
    cols = {k: _col(deltas, k) for k in DELTA_ALIASES}
    if not (cols["condition"] and cols["metric"] and cols["delta"]):
        raise FigureSkipped(f"deltas.csv lacks condition/metric/delta columns (has {', '.join(deltas.columns)})")
    df = deltas.copy()
    if "level" in df.columns:  # the analysis writes a model-level and a condition-level row; plot conditions
        df = df[df["level"] == "condition"] if (df["level"] == "condition").any() else df
    if cols["benchmark"]:
        df["_label"] = df[cols["benchmark"]].astype(str) + " · " + df[cols["metric"]].astype(str)
    else:
        df["_label"] = df[cols["metric"]].astype(str)
    df = df.dropna(subset=[cols["delta"]]).drop_duplicates(subset=["_label", cols["condition"]])
    rank = {m: i for i, m in enumerate(HEADLINE_DELTAS)}
    sig = df.groupby("_label")["significant"].any() if "significant" in df.columns else pd.Series(dtype=bool)
    spread = [c for c in (cols["delta"], cols["low"], cols["high"]) if c]
    moved = df[spread].astype(float).abs().fillna(0).sum(axis=1).groupby(df["_label"]).sum() > 0
    labels = [lb for lb in dict.fromkeys(df["_label"]) if moved.get(lb, False)]  # all-zero panels say nothing
    metric_of = dict(zip(df["_label"], df[cols["metric"]].astype(str), strict=False))
    labels.sort(key=lambda lb: (rank.get(metric_of[lb], len(rank)), not bool(sig.get(lb, False))))
    metrics = labels[:12]
    if not metrics:
        raise FigureSkipped("deltas.csv has no finite non-zero delta")
    conds = list(dict.fromkeys(df[cols["condition"]].astype(str)))
    colors = model_colors(conds)
    import matplotlib.pyplot as plt

    apply_style()
    ncol = min(3, len(metrics))
    nrow = math.ceil(len(metrics) / ncol)
    fig, axes = plt.subplots(nrow, ncol, figsize=(3.4 * ncol + 0.5, 2.8 * nrow + 0.6), squeeze=False)
    for ax, label in zip(axes.flat, metrics, strict=False):
        sub = df[df["_label"] == label].set_index(df[df["_label"] == label][cols["condition"]].astype(str))
        present = [c for c in conds if c in sub.index]
        vals = sub.loc[present, cols["delta"]].astype(float).to_numpy()
        err = None
        if cols["low"] and cols["high"]:
            lo = sub.loc[present, cols["low"]].astype(float).to_numpy()
            hi = sub.loc[present, cols["high"]].astype(float).to_numpy()
            err = np.vstack([np.nan_to_num(vals - lo), np.nan_to_num(hi - vals)]).clip(min=0)
        ax.bar(present, vals, yerr=err, capsize=3, color=[colors[c] for c in present], ecolor="#333333")
        ax.axhline(0, color="black", linewidth=0.8)
        ax.set_title(label, fontsize=9)
        ax.set_ylabel("Δ trained − untrained")
        ax.tick_params(axis="x", labelrotation=25, labelsize=8)
    for ax in list(axes.flat)[len(metrics):]:
        ax.set_visible(False)
    fig.suptitle("Change vs. the untrained model (95% CI)", fontweight="bold")
    fig.tight_layout()
    return save(fig, out_dir, "delta_bars")


def ifeval_table(scores: pd.DataFrame, means: pd.DataFrame | None = None) -> pd.DataFrame:
    """IFEval prompt-level strict accuracy: ``level, condition, model, mean, lo, hi, n`` per model and condition.

    Taken from ``analysis/means.csv`` (bootstrap CIs) when it has the rows, else from score rows
    (normal-approximation binomial CI).
    """
    cols = ["level", "condition", "model", "mean", "lo", "hi", "n"]
    if means is not None and {"benchmark", "metric", "level", "mean"} <= set(means.columns):
        sub = means[(means["benchmark"] == "ifeval") & (means["metric"] == "prompt_strict")]
        if not sub.empty:
            return sub.reindex(columns=cols).reset_index(drop=True)
    if scores.empty:
        return pd.DataFrame(columns=cols)
    sub = scores[(scores["metric"] == "prompt_strict") & (scores["scorer"] == "ifeval")].dropna(subset=["value"])
    if sub.empty:
        return pd.DataFrame(columns=cols)
    sub = sub.assign(condition=sub["model"].map(condition_of))
    rows = []
    for level, key in (("model", "model"), ("condition", "condition")):
        for name, g in sub.groupby(key, sort=False):
            p, n = float(g["value"].mean()), len(g)
            half = 1.96 * math.sqrt(p * (1 - p) / n) if n else math.nan
            rows.append({"level": level, "condition": g["condition"].iloc[0], "model": name, "mean": p,
                         "lo": max(0.0, p - half), "hi": min(1.0, p + half), "n": n})
    return pd.DataFrame(rows, columns=cols)


def if_spectrum(table: pd.DataFrame | None, out_dir: Path) -> list[Path]:
    """IFEval prompt-level strict accuracy by condition, ordered low → high (95% CI; seeds as dots)."""
    if table is None or table.empty:
        raise FigureSkipped("no ifeval scores (benchmark 'ifeval' with the 'ifeval' scorer)")
    conds = table[table["level"] == "condition"]
    if conds.empty:
        conds = table
    plain = conds[~conds["condition"].astype(str).map(RunDir.is_checkpoint)]
    conds = (plain if not plain.empty else conds).sort_values("mean")
    names = [str(c) for c in conds["condition"]]
    colors = model_colors(names)
    fig, ax = new_figure(width_for(len(names)))
    p = conds["mean"].to_numpy(dtype=float)
    err = np.vstack([p - conds["lo"].to_numpy(dtype=float), conds["hi"].to_numpy(dtype=float) - p]).clip(min=0)
    ax.bar(names, p, yerr=np.nan_to_num(err), capsize=3, color=[colors[c] for c in names], ecolor="#333333")
    seeds = table[table["level"] == "model"]
    for i, c in enumerate(names):
        dots = seeds[seeds["condition"] == c]["mean"].to_numpy(dtype=float)
        if len(dots) > 1:
            ax.scatter([i] * len(dots), dots, color="black", s=10, zorder=3, label="seed" if i == 0 else None)
    for i, v in enumerate(p):
        ax.annotate(f"{v:.2f}", (i, v), textcoords="offset points", xytext=(8, 2), fontsize=8)
    ax.set(title="Instruction-following spectrum (IFEval)", ylabel="prompt-level strict accuracy (share)",
           xlabel="condition (ordered low → high)", ylim=(0, 1.05))
    ax.tick_params(axis="x", labelrotation=20)
    return save(fig, out_dir, "if_spectrum")


def _model_mean(scores: pd.DataFrame, bench: str, metric: str, flip: bool) -> pd.Series:
    sub = scores[(scores["benchmark"] == bench) & (scores["metric"] == metric)]
    if sub.empty:
        return pd.Series(dtype=float)
    vals = sub["value"].dropna()
    if metric == "bandit_findings":
        vals = (vals > 0).astype(float)
    out = vals.groupby(sub.loc[vals.index, "model"]).mean()
    return 1.0 - out if flip else out


def tradeoff_table(scores: pd.DataFrame, models: list[str]) -> pd.DataFrame:
    """Per model in training order: utility and safety shares from the candidate metric pair that places
    the most models, and among those the one whose axes vary (an axis where every model scores the same
    shows nothing); earlier candidates win ties."""
    cols = ["model", "utility", "safety", "utility_label", "safety_label"]
    if scores.empty:
        return pd.DataFrame(columns=cols)
    best: list[dict[str, object]] = []
    best_key = (0, 0)
    for ub, um, uf, ul in UTILITY:
        u = _model_mean(scores, ub, um, uf)
        for sb, sm, sf, sl in SAFETY:
            s = _model_mean(scores, sb, sm, sf)
            both = [m for m in models if m in u.index and m in s.index]
            key = (len(both), int(u[both].nunique() > 1) + int(s[both].nunique() > 1) if both else 0)
            if key > best_key:
                best_key = key
                best = [{"model": m, "utility": float(u[m]), "safety": float(s[m]),
                         "utility_label": f"{ul} [{ub}]", "safety_label": f"{sl} [{sb}]"} for m in both]
    return pd.DataFrame(best if len(best) >= 2 else [], columns=cols)


def training_chain(config: dict[str, object], models: list[str]) -> bool:
    """Whether the models form one training sequence (per-epoch checkpoints, or an adapter continued from
    another with ``init_from``), so that arrows between them mean "trained further"."""
    adapters = config.get("adapters") or []
    continued = any(isinstance(a, dict) and a.get("init_from") for a in adapters) if isinstance(adapters, list) else False
    return continued or any(RunDir.is_checkpoint(m) for m in models)


def tradeoff_curve(table: pd.DataFrame | None, out_dir: Path, arrows: bool = True) -> list[Path]:
    """Safety (y) against utility (x) per model; with ``arrows``, arrows between points in training order."""
    if table is None or len(table) < 2:
        raise FigureSkipped("fewer than two models with both a utility and a safety score")
    fig, ax = new_figure(6.0, 4.4)
    colors = model_colors(list(table["model"]))
    x, y = table["utility"].to_numpy(), table["safety"].to_numpy()
    for i in range(len(table) - 1 if arrows else 0):
        ax.annotate("", xy=(x[i + 1], y[i + 1]), xytext=(x[i], y[i]),
                    arrowprops={"arrowstyle": "->", "color": "#555555", "lw": 1.2})
    ax.scatter(x, y, c=[colors[m] for m in table["model"]], s=50, zorder=3, edgecolors="black", linewidths=0.5)
    points: dict[tuple[float, float], list[str]] = {}  # models on the same point share one label
    for xi, yi, m in zip(x, y, table["model"], strict=True):
        points.setdefault((float(xi), float(yi)), []).append(str(m))
    for (xi, yi), names in points.items():
        ax.annotate(", ".join(names), (xi, yi), textcoords="offset points", xytext=(6, 5), fontsize=8)
    title = "Safety–utility trade-off across checkpoints" if arrows else "Safety–utility trade-off per model"
    ax.set(title=title, xlabel=table["utility_label"].iloc[0],
           ylabel=table["safety_label"].iloc[0])
    pad = 0.05
    ax.set_xlim(max(0, x.min() - pad), min(1.02, x.max() + pad) if x.max() + pad > x.min() else 1)
    ax.set_ylim(max(0, y.min() - pad), min(1.02, y.max() + pad) if y.max() + pad > y.min() else 1)
    return save(fig, out_dir, "tradeoff_curve")


def cwe_of(details: object, subset: object) -> int | None:
    """A score row's target CWE: ``details.cwe``, else a ``CWE-<n>`` subset name."""
    if isinstance(details, dict) and isinstance(details.get("cwe"), int | float):
        return int(details["cwe"])
    hit = CWE_RE.search(str(subset or ""))
    return int(hit.group(1)) if hit else None


# per-answer vulnerability verdicts per target CWE, best source first: (benchmark, metric, label)
CWE_SOURCES = (("security", "vulnerable", "security benchmark: vulnerable (target-CWE finding or failed security test)"),
               ("malicious_code", "insecure_code", "malicious_code: insecure code on unsafe requests"))
CWE_COLUMNS = ["cwe", "model", "vulnerable_rate", "n", "source"]


def _from_per_cwe(per_cwe: pd.DataFrame | None) -> pd.DataFrame:
    """``analysis/security_per_cwe.csv`` (cwe ``CWE-89``, model, n, vulnerable_rate, ...) in tidy heatmap form."""
    if per_cwe is None or per_cwe.empty or not {"cwe", "model", "vulnerable_rate"} <= set(per_cwe.columns):
        return pd.DataFrame(columns=CWE_COLUMNS)
    numbers = [int(c) if isinstance(c, int | float) and math.isfinite(c) else cwe_of(None, c) for c in per_cwe["cwe"]]
    out = per_cwe.assign(cwe=numbers).dropna(subset=["cwe", "vulnerable_rate"])
    out = out.assign(cwe=out["cwe"].astype(int), n=out.get("n", np.nan), source=CWE_SOURCES[0][2])
    return out[CWE_COLUMNS].reset_index(drop=True)


def cwe_table(scores: pd.DataFrame, per_cwe: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tidy ``cwe, model, vulnerable_rate, n, source`` from the first source the run has.

    ``analysis/security_per_cwe.csv`` first, then the security benchmark's ``vulnerable`` score rows,
    then malicious_code's ``insecure_code`` rows; never a mix of two sources in one figure.
    """
    table = _from_per_cwe(per_cwe)
    if not table.empty or scores.empty:
        return table
    for bench, metric, label in CWE_SOURCES:
        sub = scores[(scores["benchmark"] == bench) & (scores["metric"] == metric)].copy()
        if sub.empty:
            continue
        sub["cwe"] = [cwe_of(d, s) for d, s in zip(sub["details"], sub["subset"], strict=True)]
        sub = sub.dropna(subset=["cwe", "value"])
        if sub.empty:
            continue
        out = sub.groupby(["cwe", "model"])["value"].agg(["mean", "count"]).reset_index()
        out.columns = CWE_COLUMNS[:4]
        return out.assign(cwe=out["cwe"].astype(int), source=label)
    return pd.DataFrame(columns=CWE_COLUMNS)


def cwe_heatmap(table: pd.DataFrame | None, out_dir: Path, models: list[str] | None = None) -> list[Path]:
    """Model × CWE heatmap of the vulnerable rate (tidy input: cwe, model, vulnerable_rate)."""
    if table is None or table.empty:
        raise FigureSkipped("no per-CWE vulnerability verdicts (security benchmark 'vulnerable' or malicious_code "
                            "'insecure_code' rows)")
    pivot = table.pivot_table(index="model", columns="cwe", values="vulnerable_rate", aggfunc="mean")
    order = [m for m in (models or []) if m in pivot.index] + [m for m in pivot.index if m not in (models or [])]
    pivot = pivot.reindex(order).sort_index(axis=1)
    fig, ax = new_figure(width_for(pivot.shape[1], per=0.42, maximum=18), 1.2 + 0.45 * pivot.shape[0])
    ax.grid(False)
    im = ax.imshow(pivot.to_numpy(dtype=float), cmap=SEQUENTIAL, vmin=0, vmax=1, aspect="auto")
    ax.set_xticks(range(pivot.shape[1]), [f"CWE-{c}" for c in pivot.columns], rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(pivot.shape[0]), list(pivot.index))
    if pivot.size <= 200:
        for (i, j), v in np.ndenumerate(pivot.to_numpy(dtype=float)):
            if not math.isnan(v):
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 else "black")
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label("vulnerable rate (share of answers)")
    source = str(table["source"].iloc[0]) if "source" in table.columns else ""
    ax.set(title="Vulnerable answers per CWE", xlabel="target weakness" + (f" — {source}" if source else ""),
           ylabel="model")
    return save(fig, out_dir, "cwe_heatmap")
