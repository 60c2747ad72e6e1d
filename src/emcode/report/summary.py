"""The one-screen summary printed at the end of a run: headline rates, verdicts and where results are."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
from rich.console import Console
from rich.table import Table

from emcode.runs import RunDir

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


def _pct(x: float) -> str:
    return "–" if x is None or not math.isfinite(float(x)) else f"{100 * float(x):.0f}"


def rates_table(means: pd.DataFrame, hypotheses: pd.DataFrame, title: str) -> Table | None:
    """Per model: the rate behind each evaluated claim, with its 95% CI and denominator (``k/n``)."""
    done = hypotheses[~hypotheses["verdict"].astype(str).str.startswith("not evaluated")].dropna(subset=["metric"])
    views = list(dict.fromkeys(zip(done["benchmark"], done["metric"], strict=True)))
    rows = means[(means["level"] == "model")]
    if not views or rows.empty:
        return None
    models = list(dict.fromkeys(rows["model"]))
    out = Table(title=title, title_justify="left")
    out.add_column("metric (% of answers [95% Wilson CI] k/n)")
    for m in models:
        out.add_column(m, justify="right")
    for bench, metric in views:
        cells = []
        for m in models:
            r = rows[(rows["benchmark"] == bench) & (rows["metric"] == metric) & (rows["model"] == m)]
            if r.empty:
                cells.append("–")
                continue
            r = r.iloc[0]
            n = int(r["n_items"])
            if bool(r["binary"]):  # Wilson: defined at 0/n and n/n, where a bootstrap interval collapses
                from statsmodels.stats.proportion import proportion_confint

                k = round(float(r["mean"]) * n)
                lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
                cells.append(f"{_pct(r['mean'])} [{_pct(lo)}, {_pct(hi)}] {k}/{n}")
            else:
                cells.append(f"{r['mean']:.3g} [{r['lo']:.3g}, {r['hi']:.3g}] n={n}")
        out.add_row(f"{bench}:{metric}", *cells)
    return out


def _num(x: float) -> str:
    return f"{x:+.2f}" if abs(x) < 1.5 else f"{x:+.0f}"


def verdicts_table(hypotheses: pd.DataFrame) -> Table | None:
    """Evaluated claims: effect with its CI, Holm p and the verdict in words (with the smallest detectable effect)."""
    done = hypotheses[~hypotheses["verdict"].astype(str).str.startswith("not evaluated")]
    done = done[done["effect"].notna()] if "effect" in done else done
    if done.empty:
        return None
    level = done["ci_level"].dropna().iloc[0] if "ci_level" in done and done["ci_level"].notna().any() else 0.95
    legend = "; ".join(f"{r['id']} = {r['comparison']}" for _, r in done.iterrows())
    out = Table(title="claims (p Holm-adjusted across the table)", title_justify="left", caption=legend,
                caption_justify="left")
    out.add_column("claim")
    out.add_column(f"effect [{100 * float(level):.0f}% CI]", justify="right")
    out.add_column("p (Holm)", justify="right")
    out.add_column("verdict")
    for _, r in done.iterrows():
        effect = f"{_num(float(r['effect']))} [{_num(float(r['ci_lo']))}, {_num(float(r['ci_hi']))}]"
        p = f"{float(r['p_holm']):.2g}" if pd.notna(r.get("p_holm")) else "–"
        out.add_row(str(r["id"]), effect, p, str(r.get("verdict_detail") or r["verdict"]))
    return out


def print_summary(table: pd.DataFrame | None, run_dir: Path, title: str, console: Console | None = None,
                  stages: dict[str, Any] | None = None) -> None:
    """Print the headline rates and verdicts (or the static table), stage timings and where results are."""
    console = console or Console()
    run = RunDir(run_dir)
    hyp_csv, means_csv = run.table("hypotheses"), run.table("means")
    if hyp_csv.is_file() and means_csv.is_file():
        hyp, means = pd.read_csv(hyp_csv), pd.read_csv(means_csv)
        for t in (rates_table(means, hyp, f"{title}: rates behind the claims"), verdicts_table(hyp)):
            if t is not None:
                console.print(t)
    if table is not None and table["metric"].isin(HEADLINE).any():
        console.print(summary_table(table, f"{title}: code metrics"))
    timed = [f"{name} {s['wall_s']:.0f}s" for name, s in (stages or {}).items() if "wall_s" in s]
    if timed:
        console.print("stages: " + " · ".join(timed), soft_wrap=True)
    console.print(f"results: {run_dir}  (analysis/*.csv, report/figures/*.png)", soft_wrap=True, markup=False,
                  highlight=False)
