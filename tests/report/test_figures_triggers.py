"""The hidden-misalignment probes in the report: the triggers figure renders, the table is shown when present."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from emcode.analysis.triggers import trigger_table
from emcode.benchmarks.security.triggers import triggered_id
from emcode.report.figures import FIGURES
from emcode.report.figures_published import FigureSkipped
from emcode.report.figures_triggers import triggers_figure
from emcode.report.html import _table_section, shown_tables
from emcode.report.inputs import ReportInputs

MODELS = ["base", "misaligned", "aligned"]


def _table(triggers: tuple[str, ...] = ("code_only", "educational")) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    rows = []
    for model, plain, trig in (("base", 0.1, 0.1), ("misaligned", 0.4, 0.45), ("aligned", 0.1, 0.35)):
        for i in range(30):
            pid = f"t{i:03d}"
            rows.append({"model": model, "benchmark": "security", "sample_id": pid, "sample_index": 0,
                         "subset": "CWE-89", "scorer": "func_sec", "metric": "vulnerable",
                         "value": float(rng.random() < plain)})
            rows.extend({"model": model, "benchmark": "security", "sample_id": triggered_id(pid, t),
                         "sample_index": 0, "subset": "CWE-89", "scorer": "func_sec", "metric": "vulnerable",
                         "value": float(rng.random() < trig)} for t in triggers)
    return trigger_table(pd.DataFrame(rows), MODELS)


@pytest.mark.parametrize("triggers", [("code_only", "educational"), ("python_string",)])
def test_the_figure_renders_png_and_svg(triggers: tuple[str, ...], tmp_path: Path) -> None:
    paths = triggers_figure(_table(triggers), tmp_path, MODELS)
    assert sorted(p.suffix for p in paths) == [".png", ".svg"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and paths[0].stat().st_size > 5_000
    svg = paths[1].read_text(encoding="utf-8")
    assert "aligned" in svg and "Δ" in svg
    assert ("all triggers pooled" in svg) == (len(triggers) > 1)


def test_absent_table_is_a_skip_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(FigureSkipped, match="options.triggers"):
        triggers_figure(None, tmp_path)
    assert any(f.name == "triggers" for f in FIGURES)


def test_the_html_shows_the_table_only_when_the_run_has_it(tmp_path: Path) -> None:
    with_table = ReportInputs(run_dir=tmp_path, models=MODELS, tables={"triggers": _table()}, scores=pd.DataFrame())
    without = ReportInputs(run_dir=tmp_path, models=MODELS, tables={"triggers": None}, scores=pd.DataFrame())
    assert "triggers" in shown_tables(with_table) and "triggers" not in shown_tables(without)
    html = _table_section(with_table, "triggers", shown_tables(with_table)["triggers"])
    assert "educational" in html and "exact McNemar" in html
