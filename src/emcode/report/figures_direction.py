"""The direction figure: each intervention's rate against its layer, the direction beside its random control.

One panel per intervened model × mode × direction × scale (entries that differ only in layers share it). x: the layer (one point without a sweep); y: the rate of the
claims' vulnerable-code metric (the first of :data:`emcode.analysis.claims.VULN` the run has) with its
interval from ``analysis/means.csv``; the dashed line and band are the model intervened on, untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from emcode.analysis.claims import VULN
from emcode.direction.spec import InterventionSpec
from emcode.report.figures_published import FigureSkipped
from emcode.report.style import NAMED, PALETTE, new_figure, save

DIRECTION_COLOR, CONTROL_COLOR = PALETTE[1], PALETTE[0]


def _rates(means: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Model-level rows of the first vulnerable-code metric the run has, and its label."""
    for m in VULN:
        rows = means[(means["benchmark"] == m.benchmark) & (means["metric"] == m.metric) & (means["level"] == "model")]
        if len(rows):
            return rows.set_index("model"), f"{m.benchmark}:{m.metric}"
    raise FigureSkipped("no vulnerable-code metric in analysis/means.csv")


def direction_sweep(means: pd.DataFrame | None, config: dict[str, Any], out_dir: Path) -> list[Path]:
    """Draw ``direction_sweep.png/.svg``: rate vs layer per intervention entry, direction vs random control."""
    raw = (config or {}).get("interventions") or []
    if not raw:
        raise FigureSkipped("no interventions in this run's config")
    if means is None or means.empty:
        raise FigureSkipped("no analysis/means.csv")
    rates, label = _rates(means)
    groups: dict[tuple[str, str, str, float], list[InterventionSpec]] = {}
    for spec in (InterventionSpec.model_validate(r) for r in raw):  # entries differing only in layers share a panel
        groups.setdefault((spec.model, spec.mode, spec.direction, spec.scale), []).append(spec)
    panels = [g for g in groups.values() if any(m.name in rates.index for s in g for m in s.expanded())]
    if not panels:
        raise FigureSkipped("no intervention model has scores yet")
    fig, axes = new_figure(4.2 * len(panels), 3.6)
    if len(panels) > 1:
        fig.clear()
        axes = fig.subplots(1, len(panels), sharey=True)
    for ax, spec in zip(np.atleast_1d(axes), panels, strict=True):
        _panel(ax, spec, rates)
    np.atleast_1d(axes)[0].set_ylabel(f"{label} rate")
    return save(fig, out_dir, "direction_sweep")


def _panel(ax: Any, specs: list[InterventionSpec], rates: pd.DataFrame) -> None:
    """One model × mode × direction: direction and control series (points with intervals), the untouched model."""
    offset = {False: -0.08, True: 0.08}
    spec = specs[0]
    models = sorted((m for s in specs for m in s.expanded()), key=lambda m: m.layer)
    for random in (False, True):
        pts = [(m.layer, rates.loc[m.name]) for m in models if m.random == random and m.name in rates.index]
        if not pts:
            continue
        x = np.array([p[0] for p in pts], dtype=float) + offset[random]
        y = np.array([float(p[1]["mean"]) for p in pts])
        err = np.array([[v - float(p[1]["lo"]), float(p[1]["hi"]) - v] for p, v in zip(pts, y, strict=True)]).T
        ax.errorbar(x, y, yerr=np.clip(err, 0, None), marker="o" if not random else "s", capsize=3, linestyle="-",
                    color=CONTROL_COLOR if random else DIRECTION_COLOR,
                    label="random direction, same norm" if random else spec.direction)
    if spec.model in rates.index:
        ref = rates.loc[spec.model]
        ax.axhline(float(ref["mean"]), color=NAMED.get(spec.model, "#7f7f7f"), linestyle="--", linewidth=1,
                   label=f"{spec.model}, no intervention")
        ax.axhspan(float(ref["lo"]), float(ref["hi"]), color=NAMED.get(spec.model, "#7f7f7f"), alpha=0.12)
    scale = f" ×{spec.scale:g}" if spec.mode == "steer" else ""
    ax.set(title=f"{spec.mode}{scale} {spec.model}", xlabel="layer")
    ax.set_xticks(sorted({m.layer for m in models}))
    ax.set_xlim(min(m.layer for m in models) - 1, max(m.layer for m in models) + 1)
    ax.legend(loc="best", fontsize=7)
