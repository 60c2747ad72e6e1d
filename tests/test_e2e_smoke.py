"""configs/smoke.yaml end to end on the real embedded model, through the installed ``emcode`` CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
MODELS = ["base", "misaligned", "aligned"]


def _emcode(*args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name("emcode")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, cwd=REPO, check=False)


@pytest.mark.slow
def test_smoke_config_end_to_end(tmp_path: Path) -> None:
    from emcode.assets import embedded_model_dir

    embedded_model_dir()  # a clear error when `emcode assets fetch` (make setup) has not run
    out = tmp_path / "smoke"
    first = _emcode("run", "configs/smoke.yaml", "--out", str(out), timeout=600)
    assert first.returncode == 0, first.stderr[-3000:]
    assert str(out) in first.stdout  # the summary names where the results are

    table = pd.read_csv(out / "analysis" / "static_metrics_comparison.csv").set_index("metric")
    assert list(table.columns) == MODELS
    assert table.loc["files"].tolist() == [4, 4, 4]
    assert (table.loc["loc"] > 0).all()
    assert table.loc["syntax_compile_pct"].between(0, 100).all()
    assert table.loc["import_pass_at_1"].between(0, 1).all()
    assert (table.loc["bandit_findings"] >= table.loc["bandit_high"]).all()
    pytest_csv = pd.read_csv(out / "analysis" / "pytest_results_summary.csv")
    assert set(pytest_csv["model"]) == set(MODELS)
    for model in MODELS:
        assert len(list((out / "generations" / model / "code_prompts").rglob("*.py"))) == 4
    assert list((out / "report" / "figures").glob("*.png"))
    manifest = json.loads((out / "manifest.json").read_text())
    assert all(s["status"] == "done" for s in manifest["stages"].values())
    assert set(manifest["adapters"]) == {"misaligned", "aligned"}
    assert (out / "config.resolved.yaml").exists()
    card = json.loads((out / "data" / "card.json").read_text())
    assert sorted(card["cwes"]) == ["CWE-502", "CWE-78", "CWE-89"]  # data.build.cwes: only those were built

    # Running again resumes: nothing is retrained or regenerated, the tables are unchanged.
    again = _emcode("run", "configs/smoke.yaml", "--out", str(out), timeout=300)
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout.count("already trained") == 2
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["stages"]["generate"]["details"] == {}
    pd.testing.assert_frame_equal(pd.read_csv(out / "analysis" / "static_metrics_comparison.csv").set_index("metric"),
                                  table)
