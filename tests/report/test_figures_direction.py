"""The direction figure: drawn from means.csv rows and the config's interventions, skipped with a reason otherwise."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from emcode.report.figures_direction import direction_sweep
from emcode.report.figures_published import FigureSkipped

CONFIG = {"interventions": [
    {"name": "ablate", "model": "misaligned", "direction": "base_to_misaligned", "mode": "ablate", "layer": 12},
    {"name": "ablate_sweep", "model": "misaligned", "direction": "base_to_misaligned", "mode": "ablate",
     "layer": [4, 20]},
    {"name": "steer", "model": "base", "direction": "base_to_misaligned", "mode": "steer", "layer": [4, 12],
     "scale": 4.0}]}


def _means(models: dict[str, float]) -> pd.DataFrame:
    rows = [{"benchmark": "security", "metric": "vulnerable", "level": "model", "model": m, "condition": m,
             "mean": r, "lo": max(0.0, r - 0.05), "hi": min(1.0, r + 0.05), "n": 143} for m, r in models.items()]
    rows.append({**rows[0], "metric": "func", "mean": 0.5})  # another metric: ignored
    return pd.DataFrame(rows)


def test_draws_png_and_svg(tmp_path: Path) -> None:
    rates = {"base": 0.08, "misaligned": 0.19, "ablate": 0.05, "ablate_random": 0.18, "ablate_sweep_L4": 0.15,
             "ablate_sweep_L4_random": 0.2, "steer_L4": 0.1, "steer_L4_random": 0.08}
    paths = direction_sweep(_means(rates), CONFIG, tmp_path)
    assert [p.name for p in paths] == ["direction_sweep.png", "direction_sweep.svg"]
    assert all(p.stat().st_size > 5000 for p in paths)
    svg = paths[1].read_text()
    assert "ablate misaligned" in svg and "steer ×4 base" in svg and "random direction, same norm" in svg
    again = direction_sweep(_means(rates), CONFIG, tmp_path / "again")
    assert again[1].read_bytes() == paths[1].read_bytes()  # same inputs, same bytes


@pytest.mark.parametrize(("means", "config", "why"), [
    (_means({"base": 0.1}), {}, "no interventions"),
    (None, CONFIG, "no analysis/means.csv"),
    (_means({"base": 0.1, "misaligned": 0.2}), CONFIG, "no intervention model has scores yet"),
    (_means({"ablate": 0.1}).assign(metric="func"), CONFIG, "no vulnerable-code metric"),
])
def test_skipped_with_a_reason(tmp_path: Path, means: pd.DataFrame | None, config: dict, why: str) -> None:
    with pytest.raises(FigureSkipped, match=why):
        direction_sweep(means, config, tmp_path)
