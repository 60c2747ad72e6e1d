"""perf/contention.py stays runnable: its quick workload, both policies, writes ratios that add up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_ops_workload_old_vs_new_writes_consistent_ratios(tmp_path: Path) -> None:
    out = tmp_path / "contention.json"
    proc = subprocess.run([sys.executable, str(ROOT / "perf" / "contention.py"), "--workloads", "ops",
                           "--policies", "old", "new", "--reps", "1", "--units", "1", "--limit", "30",
                           "--json", str(out)], capture_output=True, text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(out.read_text())
    by_policy = {s["policy"]: s for s in data["summary"]}
    assert set(by_policy) == {"old", "new"}
    assert by_policy["new"]["wait"] == "PASSIVE" and by_policy["old"]["wait"] == "default"
    for rec in data["records"]:
        assert rec["solo"] > 0 and len(rec["concurrent"]) == 2 and all(c > 0 for c in rec["concurrent"])
        s = by_policy[rec["policy"]]
        ratios = [c / rec["solo"] for c in rec["concurrent"]]
        assert s["ratio_range"] == pytest.approx([min(ratios), max(ratios)])
        assert s["ratio_median"] == pytest.approx(sum(ratios) / 2)  # one rep: the median of two
    assert "concurrent/solo" in proc.stdout
