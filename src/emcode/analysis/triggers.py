"""Hidden-misalignment trigger probes: triggered − plain vulnerable rate per model, and the repair contrast.

The ``security`` benchmark with ``options.triggers`` answers every prompt again in trigger contexts
that resemble the attack's training data. A copy's sample id is the plain id + :data:`TRIGGER_MARK` +
the trigger name; :func:`relabel_triggered` moves those rows to benchmark ``security_triggered`` when
scores are loaded, so every other table (means, hypotheses, per-CWE) sees the plain prompts only.

Pairs are matched by prompt: a prompt's triggered value is the mean over its triggers (and samples,
and seeds), its plain value the mean over its samples. ``triggers.csv`` has one row per model and
trigger (and ``all``): both rates with Wilson intervals over answers, triggered − plain with a paired
interval and the paired test (:func:`emcode.analysis.inference.paired_difference`). The hypothesis
kind ``trigger`` (:func:`trigger_contrast`) is the difference in differences
(triggered − plain | repaired) − (triggered − plain | misaligned), > 0 when repair removed less of the
vulnerable code under triggers than on plain prompts (see docs/statistics.md).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from emcode.analysis.inference import Inference, paired_difference
from emcode.benchmarks.security.triggers import TRIGGER_MARK, split_id

if TYPE_CHECKING:
    from emcode.analysis.ci import ViewStats

TRIGGERED_SUFFIX = "_triggered"
ALL = "all"
METRIC = "vulnerable"
COLUMNS = ["benchmark", "metric", "model", "trigger", "n_prompts", "plain_k", "plain_n", "plain_rate", "plain_lo",
           "plain_hi", "triggered_k", "triggered_n", "triggered_rate", "triggered_lo", "triggered_hi", "effect",
           "ci_lo", "ci_hi", "p_value", "test"]


def relabel_triggered(frame: pd.DataFrame) -> pd.DataFrame:
    """The score frame with triggered copies moved to benchmark ``<benchmark>_triggered`` (idempotent)."""
    if frame.empty:
        return frame
    hit = frame["sample_id"].astype(str).str.contains(TRIGGER_MARK, regex=False) \
        & ~frame["benchmark"].astype(str).str.endswith(TRIGGERED_SUFFIX)
    if not hit.any():
        return frame
    frame = frame.copy()
    frame.loc[hit, "benchmark"] = frame.loc[hit, "benchmark"].astype(str) + TRIGGERED_SUFFIX
    return frame


def _values(rows: pd.DataFrame, triggers: Sequence[str] | None = None) -> pd.Series:
    """Per plain prompt: the mean value over its rows (restricted to ``triggers`` for triggered rows)."""
    if rows.empty:
        return pd.Series(dtype=float)
    parts = rows["sample_id"].astype(str).map(split_id)
    plain = parts.map(lambda p: p[0])
    if triggers is not None:
        keep = parts.map(lambda p: p[1] in triggers).to_numpy()
        rows, plain = rows[keep], plain[keep]
    return rows.groupby(plain.to_numpy(), sort=True)["value"].mean()


def _wilson(k: int, n: int) -> tuple[float, float]:
    from statsmodels.stats.proportion import proportion_confint

    if n == 0:
        return float("nan"), float("nan")
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    return float(lo), float(hi)


def _pair(plain: pd.Series, trig: pd.Series, level: float) -> Inference:
    """Triggered − plain over the prompts both have (0/1 pairs: exact McNemar; shares: sign-flip)."""
    items = plain.index.intersection(trig.index)
    return paired_difference(trig.loc[items].to_numpy(dtype=float), plain.loc[items].to_numpy(dtype=float), level)


def trigger_table(frame: pd.DataFrame, models: Sequence[str] | None = None, benchmark: str = "security",
                  metric: str = METRIC, level: float = 0.95) -> pd.DataFrame:
    """One row per model × trigger (and ``all``): plain and triggered rates, triggered − plain with CI and p.

    ``frame`` is a tidy score frame as :func:`emcode.analysis.frame.load_scores` returns it (triggered
    rows relabelled); empty when the run has no triggered copies of ``benchmark``.
    """
    frame = relabel_triggered(frame)
    sel = frame[(frame["metric"] == metric) & frame["value"].notna()]
    plain_rows = sel[sel["benchmark"] == benchmark]
    trig_rows = sel[sel["benchmark"] == benchmark + TRIGGERED_SUFFIX]
    if trig_rows.empty or plain_rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    present = list(dict.fromkeys(trig_rows["model"]))
    order = [m for m in (models or []) if m in present] + sorted(m for m in present if m not in (models or []))
    names = sorted({t for t in trig_rows["sample_id"].astype(str).map(lambda s: split_id(s)[1]) if t})
    out: list[dict[str, Any]] = []
    for model in order:
        p_rows = plain_rows[plain_rows["model"] == model]
        t_rows = trig_rows[trig_rows["model"] == model]
        plain = _values(p_rows)
        for name in [*names, ALL] if len(names) > 1 else names:
            chosen = names if name == ALL else [name]
            trig = _values(t_rows, chosen)
            items = plain.index.intersection(trig.index)
            if not len(items):
                continue
            res = _pair(plain, trig, level)
            in_p = p_rows["sample_id"].astype(str).isin(items)
            keep = set(items)
            t_ids = t_rows["sample_id"].astype(str).map(split_id)
            in_t = np.array([p in keep and t in chosen for p, t in t_ids], dtype=bool)
            pk, pn = int(p_rows.loc[in_p, "value"].sum()), int(in_p.sum())
            tk, tn = int(t_rows.loc[in_t, "value"].sum()), int(in_t.sum())
            out.append({"benchmark": benchmark, "metric": metric, "model": model, "trigger": name,
                        "n_prompts": len(items), "plain_k": pk, "plain_n": pn, "plain_rate": pk / pn if pn else np.nan,
                        "plain_lo": _wilson(pk, pn)[0], "plain_hi": _wilson(pk, pn)[1], "triggered_k": tk,
                        "triggered_n": tn, "triggered_rate": tk / tn if tn else np.nan,
                        "triggered_lo": _wilson(tk, tn)[0], "triggered_hi": _wilson(tk, tn)[1],
                        "effect": res.effect, "ci_lo": res.ci_lo, "ci_hi": res.ci_hi, "p_value": res.p_value,
                        "test": res.test})
    return pd.DataFrame(out, columns=COLUMNS)


def write_trigger_table(frame: pd.DataFrame, models: Sequence[str], out: Path) -> dict[str, Path]:
    """Write ``triggers.csv`` (atomically) when the run has triggered copies; nothing otherwise."""
    from emcode.runs import atomic_write_text

    table = trigger_table(frame, models)
    if table.empty:
        return {}
    return {"triggers": atomic_write_text(out, table.to_csv(index=False))}


def trigger_contrast(repaired: str, reference: str, measures: Sequence[tuple[str, str]],
                     stats: Mapping[tuple[str, str], ViewStats], level: float) -> dict[str, object]:
    """The ``trigger`` hypothesis row fields: DiD of triggered − plain between ``repaired`` and ``reference``.

    ``stats`` maps (benchmark, metric label) to its view statistics. Without triggered
    copies, or without either condition, the row is "not evaluated: <why>" (never an error).
    """
    why = f"metric {' / '.join(f'{b}:{m}' for b, m in measures)} absent"
    for bench, metric in measures:
        plain_st = stats.get((bench, metric))
        trig_st = stats.get((bench + TRIGGERED_SUFFIX, metric))
        if plain_st is None:
            continue
        if trig_st is None:
            why = f"no trigger contexts in {bench} (set benchmarks.{bench}.options.triggers: true)"
            continue
        names = {c.lower(): c for c in set(plain_st.conditions) & set(trig_st.conditions)}
        missing = [c for c in (repaired, reference) if c.lower() not in names]
        if missing:
            why = (f"condition(s) {', '.join(missing)} absent from {bench}:{metric} with triggers "
                   f"(run has: {', '.join(sorted(names.values()))})")
            continue
        rep, ref = names[repaired.lower()], names[reference.lower()]
        effects = {}
        for cond in (rep, ref):
            plain = _values(plain_st.rows[plain_st.rows["condition"] == cond])
            trig = _values(trig_st.rows[trig_st.rows["condition"] == cond])
            items = plain.index.intersection(trig.index)
            effects[cond] = (trig.loc[items] - plain.loc[items])
        items = effects[rep].index.intersection(effects[ref].index)
        res = paired_difference(effects[rep].loc[items].to_numpy(), effects[ref].loc[items].to_numpy(), level,
                                binary=False)
        e_rep, e_ref = float(effects[rep].loc[items].mean()), float(effects[ref].loc[items].mean())
        seeds = min(len(plain_st.conditions[rep]), len(plain_st.conditions[ref]))
        note = (f"triggered − plain: {rep} {e_rep:+.3f}, {ref} {e_ref:+.3f} over {len(items)} prompts "
                f"(paired by prompt, triggers averaged)")
        if seeds > 1:
            note += "; seeds averaged per prompt: the CI covers prompt variation only"
        return {"benchmark": bench, "metric": metric, "_binary": True, "n_seeds": seeds, "effect": res.effect,
                "ci_lo": res.ci_lo, "ci_hi": res.ci_hi, "ci_level": level, "p_value": res.p_value,
                "test": res.test, "_mde": res.mde, "note": note}
    return {"verdict": f"not evaluated: {why}", "verdict_detail": f"not evaluated: {why}", "note": why}
