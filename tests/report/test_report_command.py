"""``emcode report RUN_DIR`` on a run copied without its adapters, configured for a GPU: scores are enough."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd

CONFIG = """name: synthetic
base_model: embedded:smollm2-135m-instruct
data: {build: {seed: 0, per_scenario: 2}}
train: {device: cuda}
adapters:
- {name: misaligned, data: insecure}
- {name: aligned, data: secure, init_from: misaligned}
evaluate: {models: [base, misaligned, aligned], checkpoints: true}
benchmarks: {code_prompts: {}, security: {}}
"""
RUN = """import sys
from emcode.cli import app
sys.argv = ["emcode", "report", sys.argv[1]]
try:
    app()
except SystemExit as exc:
    code = exc.code
print("TORCH", "torch" in sys.modules)
sys.exit(code)
"""


def test_report_rebuilds_analysis_and_report_from_scores_alone(run_dir: Path) -> None:
    (run_dir / "config.resolved.yaml").write_text(CONFIG, encoding="utf-8")  # no adapters/ folder, no CUDA here
    stale = pd.read_csv(run_dir / "analysis" / "hypotheses.csv")
    assert "VULN-1" not in set(stale["id"])  # the fixture's hand-written table, to be replaced
    proc = subprocess.run([sys.executable, "-c", RUN, str(run_dir)], check=False, capture_output=True, text=True,
                          timeout=300, env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin", "MPLBACKEND": "Agg"})
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "TORCH False" in proc.stdout  # analysis and report never load torch
    hyp = pd.read_csv(run_dir / "analysis" / "hypotheses.csv").set_index("id")
    assert (hyp.loc["VULN-1", "benchmark"], hyp.loc["VULN-1", "metric"]) == ("security", "vulnerable")
    per_cwe = pd.read_csv(run_dir / "analysis" / "security_per_cwe.csv")
    assert set(per_cwe["cwe"]) == {"CWE-22", "CWE-79"}
    assert (run_dir / "report" / "index.html").stat().st_size > 10_000
    assert (run_dir / "report" / "metrics_report.pdf").read_bytes()[:5] == b"%PDF-"
    index = json.loads((run_dir / "report" / "figures" / "index.json").read_text(encoding="utf-8"))
    assert "cwe_heatmap" in index["drawn"] and "delta_bars" in index["drawn"]
    manifest = json.loads((run_dir / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stages"]["report"]["status"] == "done"
    assert "report/figures/cwe_heatmap.svg" in manifest["stages"]["report"]["details"]["figures"]
