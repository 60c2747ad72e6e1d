"""Code-evaluation rows beyond the static analysis: tests, security, refusal, HumanEval, verbosity.

:func:`eval_rows` gives the extra rows of ``static_metrics_comparison.csv`` (one row per metric,
one column per model), each from the benchmark that measures it, and only where the run has the
scores (a row no model has is left out):

* code_prompts: ruff findings per KLOC by rule family (:data:`RUFF_GROUPS`: style, bugs,
  security; Σ findings / Σ LOC × 1000 as ``ruff_per_kloc``), ``refusal_rate_risky`` (refusal
  heuristic on the risky subset);
* code_tasks: ``behaviour_pass_at_1``, ``code_tasks_import_pass_at_1``, ``identifier_poor_share``
  (Σ short or meaningless names / Σ defined names, pooled over files);
* humaneval: ``humaneval_pass_at_k`` with the unbiased estimator, k in :data:`PASS_K` where the
  model has at least k samples of every problem (pass@1 is the mean of ``passed``);
* security: ``security_func_at_1``, ``security_sec_at_1``, ``security_func_sec_at_1``,
  ``security_vulnerable_rate``, ``security_other_cwe_findings`` (per answer with code);
* malicious_code: ``malicious_refusal_rate``;
* generations (all benchmarks of the model): ``mean_output_tokens`` and ``mean_latency_s``
  (a row's latency is the wall clock of the batch that produced it).

:func:`security_per_cwe` is the per-CWE breakdown of the security benchmark
(``security_per_cwe.csv``). Rates are over all samples (n > 1 samples per prompt pool).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from emcode.analysis.estimators import mean_pass_at_k
from emcode.analysis.frame import wide
from emcode.rows import read_generation_rows
from emcode.runs import RunDir

RUFF_GROUPS: dict[str, tuple[str, ...]] = {
    "style": ("E", "W", "N", "UP", "SIM", "C90"),  # pycodestyle, naming, modernisation, simplification, complexity
    "bugs": ("F", "B"),  # pyflakes, bugbear
    "security": ("S",),  # flake8-bandit
}
PASS_K = (1, 10, 100)
VERBOSITY = ("mean_output_tokens", "mean_latency_s")
SECURITY = {"security_func_at_1": "func", "security_sec_at_1": "sec", "security_func_sec_at_1": "func_sec",
            "security_vulnerable_rate": "vulnerable", "security_other_cwe_findings": "other_cwe_findings"}
EXTRA_METRICS = [
    *(f"ruff_{g}_per_kloc" for g in RUFF_GROUPS), "refusal_rate_risky",
    "behaviour_pass_at_1", "code_tasks_import_pass_at_1", "identifier_poor_share",
    *(f"humaneval_pass_at_{k}" for k in PASS_K), *SECURITY, "malicious_refusal_rate", *VERBOSITY,
]
PER_CWE_COLUMNS = ["cwe", "model", "n", "func_at_1", "sec_at_1", "func_sec_at_1", "vulnerable_rate",
                   "other_cwe_findings"]
NAN = float("nan")


def _mean(df: pd.DataFrame, metric: str) -> float:
    """Mean of a metric column over rows that have it; NaN when the column or the values are absent."""
    if metric not in df or df[metric].notna().sum() == 0:
        return NAN
    return float(df[metric].mean())


def _per_kloc(df: pd.DataFrame, columns: list[str]) -> float:
    have = [c for c in columns if c in df]
    loc = df["loc"].sum() if "loc" in df else 0.0
    if not have or not loc or df[have].notna().sum().sum() == 0:
        return NAN
    return float(df[have].sum().sum() / loc * 1000)


def _code_prompts(w: pd.DataFrame) -> dict[str, float]:
    out = {f"ruff_{g}_per_kloc": _per_kloc(w, [f"ruff_{f}" for f in fams]) for g, fams in RUFF_GROUPS.items()}
    out["refusal_rate_risky"] = _mean(w[w["subset"] == "risky"], "refused")
    return out


def _code_tasks(w: pd.DataFrame) -> dict[str, float]:
    share = NAN
    if {"poor_name_share", "defined_names"} <= set(w.columns):
        named = w[w["defined_names"].notna() & (w["defined_names"] > 0)]
        if len(named):
            share = float((named["poor_name_share"] * named["defined_names"]).sum() / named["defined_names"].sum())
    return {"behaviour_pass_at_1": _mean(w, "behaviour_pass"), "code_tasks_import_pass_at_1": _mean(w, "import_pass"),
            "identifier_poor_share": share}


def _humaneval(w: pd.DataFrame) -> dict[str, float]:
    out = dict.fromkeys((f"humaneval_pass_at_{k}" for k in PASS_K), NAN)
    if "passed" not in w or w["passed"].notna().sum() == 0:
        return out
    per = w[w["passed"].notna()].groupby("sample_id")["passed"].agg(["count", "sum"])
    outcomes = [(int(n), int(c)) for n, c in zip(per["count"], per["sum"], strict=True)]
    for k in PASS_K:
        if min(n for n, _ in outcomes) >= k:
            out[f"humaneval_pass_at_{k}"] = mean_pass_at_k(outcomes, k)
    return out


def generation_stats(run_dir: str | Path, models: list[str]) -> dict[str, dict[str, float]]:
    """Mean output tokens and mean latency over every finished generation file of each model."""
    out: dict[str, dict[str, float]] = {}
    for model in models:
        tokens: list[float] = []
        latency: list[float] = []
        for path in RunDir(run_dir).generation_files(model):
            for row in read_generation_rows(path):
                if isinstance(row.get("output_tokens"), int | float):
                    tokens.append(float(row["output_tokens"]))
                if isinstance(row.get("latency_s"), int | float):
                    latency.append(float(row["latency_s"]))
        out[model] = {"mean_output_tokens": float(np.mean(tokens)) if tokens else NAN,
                      "mean_latency_s": float(np.mean(latency)) if latency else NAN}
    return out


def eval_rows(frame: pd.DataFrame, models: list[str], generations: dict[str, dict[str, float]] | None = None
              ) -> pd.DataFrame:
    """Rows = :data:`EXTRA_METRICS` that some model has, columns = ``metric`` + models with any value."""
    wides = {b: wide(frame, b) for b in ("code_prompts", "code_tasks", "humaneval", "security", "malicious_code")}
    values: dict[str, dict[str, float]] = {}
    for m in models:
        mine = {b: w[w["model"] == m] for b, w in wides.items()}
        row: dict[str, float] = {}
        row.update(_code_prompts(mine["code_prompts"]))
        row.update(_code_tasks(mine["code_tasks"]))
        row.update(_humaneval(mine["humaneval"]))
        row.update({name: _mean(mine["security"], metric) for name, metric in SECURITY.items()})
        row["malicious_refusal_rate"] = _mean(mine["malicious_code"], "refusal")
        row.update((generations or {}).get(m, {}))
        values[m] = row
    present = [m for m in models if any(not np.isnan(v) for v in values[m].values())]
    table = pd.DataFrame({"metric": EXTRA_METRICS})
    for m in present:
        table[m] = [round(values[m].get(k, NAN), 4) for k in EXTRA_METRICS]
    if not present:
        return table.iloc[0:0]
    return table[table[present].notna().any(axis=1)].reset_index(drop=True)


def security_per_cwe(frame: pd.DataFrame, models: list[str]) -> pd.DataFrame:
    """One row per CWE × model of the security benchmark: n answers and the func/sec/func-sec/vulnerable rates."""
    w = wide(frame, "security")
    rows = []
    for m in models:
        mine = w[w["model"] == m]
        for subset, g in mine.groupby("subset", sort=False):
            rows.append({"cwe": subset, "model": m, "n": len(g),
                         **{col: round(_mean(g, metric), 4) for col, metric in
                            (("func_at_1", "func"), ("sec_at_1", "sec"), ("func_sec_at_1", "func_sec"),
                             ("vulnerable_rate", "vulnerable"), ("other_cwe_findings", "other_cwe_findings"))}})
    table = pd.DataFrame(rows, columns=PER_CWE_COLUMNS)
    if table.empty:
        return table
    order = {m: i for i, m in enumerate(models)}
    number = table["cwe"].str.extract(r"(\d+)$", expand=False).astype(float)
    table = table.assign(_n=number, _m=table["model"].map(order)).sort_values(["_n", "cwe", "_m"])
    return table.drop(columns=["_n", "_m"]).reset_index(drop=True)
