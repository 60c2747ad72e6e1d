"""analyze_run end to end on a synthetic run, and analysis/ never importing torch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from emcode.analysis.compare import COLUMNS
from emcode.analysis.run import analyze_run
from emcode.config import dump_config, load_config
from emcode.errors import EmcodeError
from tests.analysis.stats_synth import conditions_frame, write_run

CONFIGS = Path(__file__).resolve().parents[2] / "configs"


def test_analyze_run_writes_every_table(tmp_path: Path) -> None:
    data = conditions_frame({"base": 0.6, "sec": 0.55, "insec": 0.3, "edsec": 0.5, "edinsec": 0.4}, seeds=2, n=60)
    write_run(tmp_path, data)
    cfg = load_config(CONFIGS / "conditions_quick.yaml")
    (tmp_path / "config.resolved.yaml").write_text(dump_config(cfg), encoding="utf-8")
    paths = analyze_run(tmp_path, n_boot=300)
    assert set(paths) == {"means", "deltas", "anova", "tukey", "hypotheses", "summary"}
    deltas = pd.read_csv(paths["deltas"])
    assert list(deltas.columns) == COLUMNS
    assert set(deltas[deltas["level"] == "condition"]["model"]) == {"sec", "insec", "edsec", "edinsec"}
    summary = json.loads(paths["summary"].read_text())
    assert summary["models"][:3] == ["base", "sec_s0", "sec_s1"]  # config order
    assert summary["conditions"]["insec"] == ["insec_s0", "insec_s1"]
    assert {h["id"] for h in summary["hypotheses"]} >= {"IF-1", "SAFETY", "VULN-1"}
    first = paths["hypotheses"].read_bytes()
    analyze_run(tmp_path, n_boot=300)
    assert paths["hypotheses"].read_bytes() == first  # seeded: same scores, same tables


def test_analyze_run_without_scores_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EmcodeError, match="no score files"):
        analyze_run(tmp_path)


def test_analysis_never_imports_torch() -> None:
    code = ("import importlib, pkgutil, sys, emcode.analysis as a\n"
            "for m in pkgutil.iter_modules(a.__path__): importlib.import_module(f'emcode.analysis.{m.name}')\n"
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False"


def test_alpha_comes_from_the_config_and_the_caller(tmp_path: Path) -> None:
    data = conditions_frame({"base": 0.6, "sec": 0.55, "insec": 0.3, "edsec": 0.5, "edinsec": 0.4}, seeds=2, n=60)
    write_run(tmp_path, data)
    cfg = load_config(CONFIGS / "conditions_quick.yaml", ["analysis.alpha=0.01"])
    (tmp_path / "config.resolved.yaml").write_text(dump_config(cfg), encoding="utf-8")
    paths = analyze_run(tmp_path, n_boot=50)
    hyp = pd.read_csv(paths["hypotheses"])
    evaluated = hyp[hyp["p_value"].notna()]
    assert len(evaluated) and set(evaluated["alpha"]) == {0.01} and set(evaluated["ci_level"].dropna()) == {0.99}
    assert evaluated["mde"].notna().all() and evaluated["verdict_detail"].notna().all()
    assert json.loads(paths["summary"].read_text())["alpha"] == 0.01
    hyp = pd.read_csv(analyze_run(tmp_path, n_boot=50, alpha=0.05)["hypotheses"])
    assert set(hyp["alpha"].dropna()) == {0.05}
