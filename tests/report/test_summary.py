"""The end-of-run summary: the rates behind each evaluated claim (with k/n and CI) and the verdicts in words."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from rich.console import Console

from emcode.analysis.run import analyze_run
from emcode.report.summary import print_summary
from emcode.rows import score_row
from emcode.runs import write_jsonl


def _run_with_scores(tmp_path: Path, flagged: dict[str, int], n: int = 40) -> Path:
    """A run dir whose security scores flag the first ``flagged[model]`` of ``n`` answers as vulnerable."""
    for model, k in flagged.items():
        rows = [score_row({"model": model, "benchmark": "security", "sample_id": f"t{i:03d}", "sample_index": 0,
                           "subset": "CWE-89"}, scorer="func_sec", metric="vulnerable", value=float(i < k), details={})
                for i in range(n)]
        write_jsonl(tmp_path / "scores" / model / "security.jsonl", rows)
    return tmp_path


def _printed(run: Path) -> str:
    console = Console(record=True, width=200)
    print_summary(None, run, "demo", console, {"generate": {"wall_s": 12.0}})
    return console.export_text()


def test_summary_shows_counts_cis_and_a_supported_attack(tmp_path: Path) -> None:
    run = _run_with_scores(tmp_path, {"base": 2, "misaligned": 20, "aligned": 3})
    analyze_run(run, models=["base", "misaligned", "aligned"], n_boot=200)
    text = _printed(run)
    assert "security:vulnerable" in text
    assert "5 [1, 17] 2/40" in text and "2/40" in text and "20/40" in text and "3/40" in text
    assert "ATTACK-1" in text and "REPAIR-a" in text
    hyp = pd.read_csv(run / "analysis" / "hypotheses.csv").set_index("id")
    assert hyp.loc["ATTACK-1", "verdict"] == "supported"
    assert str(hyp.loc["ATTACK-1", "verdict_detail"]) in " ".join(text.split())
    assert "generate 12s" in text


def test_summary_says_inconclusive_with_the_detectable_effect(tmp_path: Path) -> None:
    run = _run_with_scores(tmp_path, {"base": 2, "misaligned": 3}, n=20)
    analyze_run(run, models=["base", "misaligned"], n_boot=200)
    hyp = pd.read_csv(run / "analysis" / "hypotheses.csv").set_index("id")
    assert hyp.loc["ATTACK-1", "verdict"] == "inconclusive"
    assert np.isfinite(hyp.loc["ATTACK-1", "mde"])
    text = " ".join(_printed(run).split())
    assert "inconclusive" in text and "could only detect" in text
