"""perf/run.py stays runnable: its cheapest stage, end to end, writes the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sandbox_stage_writes_rows_with_ratios(tmp_path: Path) -> None:
    out = tmp_path / "perf.json"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "run.py"), "--quick", "--only", "sandbox",
                           "--json", str(out)], capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text())
    assert data["machine"]["cpus"] >= 1 and "torch" in data["machine"]
    rows = {r["name"]: r for r in data["rows"]}
    assert set(rows) == {"sandbox_trivial", "sandbox_flask"}
    for r in rows.values():
        assert r["unit"] == "jobs/s" and r["emcode"] > 0 and r["baseline"] > 0
        assert r["ratio"] == round(r["emcode"] / r["baseline"], 2)
        assert "40 passed" in r["note"]  # every test job really ran and passed in the sandbox
    assert "sandbox_flask" in proc.stdout  # the printed table
