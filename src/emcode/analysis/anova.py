"""One-way ANOVA across conditions per metric, Tukey HSD pairs, and chi-square/logit for 0/1 metrics.

Two levels: **seed** (one value per trained model = its mean over items; the experimental unit
when several seeds exist) and **item** (one value per answer). Item-level tests treat answers as
independent although every condition answered the same prompts, so their p-values are
optimistic; prefer seed level when it exists. Conditions are the trained ones (``base`` and
per-epoch checkpoints are left out: base is one fixed model and a delta vs base shifts every
condition equally). ANOVA is scipy's ``f_oneway``; Tukey HSD is Tukey–Kramer on scipy's
studentized range (cross-checked against statsmodels ``pairwise_tukeyhsd``); the logistic model
is statsmodels ``Logit``. They are imported on first use.
"""

from __future__ import annotations

import functools
import itertools
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from emcode.analysis.ci import ViewStats
from emcode.analysis.conditions import BASE, is_checkpoint

ANOVA_COLUMNS = ["benchmark", "metric", "level", "test", "statistic", "df", "df_resid", "p_value", "n", "effect",
                 "groups", "note"]
INFINITE_DF = 1000  # residual df above which Tukey uses the infinite-df studentized range
TUKEY_COLUMNS = ["benchmark", "metric", "level", "group1", "group2", "meandiff", "lower", "upper", "p_adj", "reject",
                 "n"]


def _frames(st: ViewStats, include_base: bool) -> dict[str, pd.DataFrame]:
    rows = st.rows[~st.rows["condition"].map(is_checkpoint)]
    if not include_base:
        rows = rows[rows["condition"] != BASE]
    rows = rows[["model", "condition", "value"]]
    seed = rows.groupby(["model", "condition"], sort=False)["value"].mean().reset_index()
    return {"seed": seed, "item": rows}


def _groups(data: pd.DataFrame) -> tuple[list[str], list[np.ndarray]]:
    names = list(dict.fromkeys(data["condition"].astype(str)))
    cond = data["condition"].astype(str).to_numpy()
    values = data["value"].to_numpy(dtype=float)
    return names, [values[cond == n] for n in names]


def one_way_anova(data: pd.DataFrame) -> dict[str, Any]:
    """scipy ``f_oneway`` over conditions: F, dfs, p and eta² (share of the variance between conditions)."""
    from scipy.stats import f_oneway

    _, groups = _groups(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # constant groups: reported through the note instead
        res = f_oneway(*groups)
    allv = np.concatenate(groups)
    grand = allv.mean()
    between = sum(len(g) * (g.mean() - grand) ** 2 for g in groups)
    total = float(((allv - grand) ** 2).sum())
    within = total - between
    return {"test": "anova", "statistic": float(res.statistic), "df": len(groups) - 1,
            "df_resid": len(allv) - len(groups), "p_value": float(res.pvalue),
            "effect": float(between / total) if total else float("nan"),
            "note": "" if within > 1e-12 * max(total, 1.0) else "no variation within conditions"}


@functools.lru_cache(maxsize=256)
def _q_crit(k: int, df: float, alpha: float = 0.05) -> float:
    from scipy.stats import studentized_range

    return float(studentized_range.ppf(1 - alpha, k, df))


def tukey_pairs(data: pd.DataFrame, alpha: float = 0.05) -> pd.DataFrame:
    """Tukey–Kramer HSD over conditions, one row per pair (meandiff = group2 − group1, as statsmodels' table).

    Same statistic and studentized-range p as statsmodels ``pairwise_tukeyhsd`` (tested against it);
    computed directly so the critical value is cached and residual df above
    :data:`INFINITE_DF` use the infinite-df distribution (p differs by < 1e-3 there, and it is
    ~200× faster).
    """
    from scipy.stats import studentized_range

    names, groups = _groups(data)
    order = sorted(range(len(names)), key=lambda i: names[i])
    k, n_total = len(groups), sum(len(g) for g in groups)
    df = n_total - k
    mse = sum(float(((g - g.mean()) ** 2).sum()) for g in groups) / df
    df_eff = float("inf") if df > INFINITE_DF else float(df)
    q_crit = _q_crit(k, df_eff, alpha)
    rows, qs = [], []
    for a, b in itertools.combinations(order, 2):
        ga, gb = groups[a], groups[b]
        diff = float(gb.mean() - ga.mean())
        se = float(np.sqrt(mse / 2 * (1 / len(ga) + 1 / len(gb))))
        qs.append(abs(diff) / se if se else float("inf"))
        rows.append({"group1": names[a], "group2": names[b], "meandiff": diff,
                     "lower": diff - q_crit * se, "upper": diff + q_crit * se})
    p = np.asarray(studentized_range.sf(np.asarray(qs), k, df_eff), dtype=float)
    for row, pv in zip(rows, p, strict=True):
        row["p_adj"] = float(min(1.0, max(pv, 0.0)))
        row["reject"] = bool(pv < alpha)
    return pd.DataFrame(rows, columns=["group1", "group2", "meandiff", "lower", "upper", "p_adj", "reject"])


def chi_square(data: pd.DataFrame) -> dict[str, Any]:
    """scipy ``chi2_contingency`` of condition × outcome (0/1) counts; effect = Cramér's V."""
    from scipy.stats import chi2_contingency

    table = pd.crosstab(data["condition"], data["value"].astype(int))
    if table.shape[1] < 2:
        return {"test": "chi2", "note": "constant outcome"}
    res = chi2_contingency(table.to_numpy(), correction=False)
    n = int(table.to_numpy().sum())
    v = float(np.sqrt(res.statistic / (n * (min(table.shape) - 1)))) if n else float("nan")
    return {"test": "chi2", "statistic": float(res.statistic), "df": int(res.dof), "df_resid": None,
            "p_value": float(res.pvalue), "effect": v}


def logit_lr(data: pd.DataFrame) -> dict[str, Any]:
    """statsmodels ``Logit`` of the outcome on condition dummies: LR test vs intercept-only; effect = McFadden R²."""
    from statsmodels.discrete.discrete_model import Logit

    names, _ = _groups(data)
    cond = data["condition"].astype(str).to_numpy()
    design = np.column_stack([np.ones(len(cond))] + [(cond == n).astype(float) for n in names[1:]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (quasi-)separation warnings: reported through the note instead
        fit = Logit(data["value"].to_numpy(dtype=float), design).fit(disp=0, maxiter=100)
    converged = fit.mle_retvals.get("converged", True)
    return {"test": "logit_lr", "statistic": float(fit.llr), "df": int(fit.df_model), "df_resid": int(fit.df_resid),
            "p_value": float(fit.llr_pvalue), "effect": float(fit.prsquared),
            "note": f"reference: {names[0]}" + ("" if converged else "; did not converge (separation?)")}


def _skip(data: pd.DataFrame, level: str) -> str:
    k = data["condition"].nunique()
    if k < 2:
        return "fewer than 2 conditions"
    if len(data) <= k:
        return "one value per condition (one seed each): no residual variance" if level == "seed" else "too few values"
    if data["value"].nunique() < 2:
        return "constant values"
    return ""


def _safe(fn: Any, data: pd.DataFrame) -> dict[str, Any]:
    from statsmodels.tools.sm_exceptions import PerfectSeparationError

    try:
        return fn(data)
    except (ValueError, ArithmeticError, np.linalg.LinAlgError, PerfectSeparationError) as exc:  # one failed test must not lose the tables
        return {"note": f"failed: {type(exc).__name__}: {exc}"[:200]}


def anova_tables(stats: Sequence[ViewStats], include_base: bool = False,
                 tukey_below: float = 0.05) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``anova.csv`` rows (ANOVA at seed and item level, chi-square and logit for 0/1 metrics) and Tukey pairs.

    Tukey pairs are listed where that level's ANOVA has p < ``tukey_below`` (protected post-hoc;
    pass 1.0 for every metric).
    """
    tests, pairs = [], []
    for st in stats:
        v = st.view
        for level, data in _frames(st, include_base).items():
            data = data.dropna(subset=["value"])
            head = {"benchmark": v.benchmark, "metric": v.label, "level": level, "n": len(data),
                    "groups": ", ".join(map(str, dict.fromkeys(data["condition"])))}
            skip = _skip(data, level)
            runs = [one_way_anova] + ([chi_square, logit_lr] if st.binary and level == "item" else [])
            for fn in runs:
                name = {"one_way_anova": "anova", "chi_square": "chi2", "logit_lr": "logit_lr"}[fn.__name__]
                res = {"test": name, "note": skip} if skip else {"test": name, **_safe(fn, data)}
                tests.append({**head, **res})
            omnibus = tests[-len(runs)]
            if not skip and omnibus.get("p_value", 1.0) <= tukey_below:
                tk = tukey_pairs(data)
                for rec in tk.to_dict("records"):
                    pairs.append({"benchmark": v.benchmark, "metric": v.label, "level": level, **rec, "n": len(data)})
    return (pd.DataFrame(tests, columns=ANOVA_COLUMNS).fillna({"note": ""}),
            pd.DataFrame(pairs, columns=TUKEY_COLUMNS))
