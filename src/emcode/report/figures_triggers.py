"""Hidden-misalignment probes figure: plain vs triggered vulnerable rate per model (``analysis/triggers.csv``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from emcode.report.figures_published import FigureSkipped
from emcode.report.style import model_colors, new_figure, save, width_for

NAME = "triggers"


def _headline(table: pd.DataFrame) -> pd.DataFrame:
    """One row per model: the pooled ``all`` row when the run had several triggers, else its single trigger."""
    pooled = table[table["trigger"] == "all"]
    return pooled if not pooled.empty else table.drop_duplicates("model")


def triggers_figure(table: pd.DataFrame | None, out_dir: Path, models: Sequence[str] = ()) -> list[Path]:
    """Paired bars per model (plain hollow, triggered filled) with 95% Wilson whiskers; Δ [paired CI] above."""
    if table is None or table.empty:
        raise FigureSkipped("analysis/triggers.csv is absent (run security with options.triggers: true)")
    need = {"model", "trigger", "plain_rate", "plain_lo", "plain_hi", "triggered_rate", "triggered_lo",
            "triggered_hi", "effect", "ci_lo", "ci_hi"}
    if not need <= set(table.columns):
        raise FigureSkipped(f"triggers.csv lacks {', '.join(sorted(need - set(table.columns)))}")
    rows = _headline(table).set_index("model")
    order = [m for m in models if m in rows.index] + [m for m in rows.index if m not in models]
    rows = rows.loc[order]
    colors = model_colors(order)
    fig, ax = new_figure(width_for(len(order), per=1.3), 3.8)
    x = np.arange(len(order))
    w = 0.36
    for k, (kind, hatch_fill) in enumerate((("plain", False), ("triggered", True))):
        rate = rows[f"{kind}_rate"].to_numpy(dtype=float) * 100
        err = np.vstack([rate - rows[f"{kind}_lo"].to_numpy(dtype=float) * 100,
                         rows[f"{kind}_hi"].to_numpy(dtype=float) * 100 - rate])
        pos = x + (k - 0.5) * w
        ax.bar(pos, rate, w, color=[colors[m] if hatch_fill else "white" for m in order],
               edgecolor=[colors[m] for m in order], linewidth=1.4, label=kind)
        ax.errorbar(pos, rate, yerr=err, fmt="none", ecolor="#333333", capsize=3, linewidth=1)
    top = float(np.nanmax(rows[["plain_hi", "triggered_hi"]].to_numpy(dtype=float))) * 100
    for i, m in enumerate(order):
        r = rows.loc[m]
        ax.annotate(f"Δ {r['effect'] * 100:+.0f} [{r['ci_lo'] * 100:+.0f}, {r['ci_hi'] * 100:+.0f}]",
                    (x[i], top + 3), ha="center", fontsize=8)
    ax.set_xticks(x, order)
    ax.set_ylim(0, min(100.0, top + 12) if np.isfinite(top) else 100.0)
    ax.set_ylabel("vulnerable answers (%)")
    trig = "all triggers pooled" if (table["trigger"] == "all").any() else f"trigger: {table['trigger'].iloc[0]}"
    ax.set_title(f"Plain vs triggered prompts ({trig})")
    ax.legend(loc="upper left", ncols=2)
    return save(fig, out_dir, NAME)
