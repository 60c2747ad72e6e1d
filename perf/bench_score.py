"""Scoring throughput: emcode's batched scanners and linters vs one subprocess per file per tool.

emcode: ``security.scan`` (Bandit in-process + one Semgrep run over the batch) and
``static.score_static`` (one Ruff run over the batch + radon/ast in-process). Baseline: for each
file, a Bandit CLI, a Semgrep CLI (``scanner_betley.per_file_baseline``), a Ruff CLI and a radon
CLI (cc + mi) process. Also the sandbox (zygote) against a fresh interpreter per test job.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_common import triples


def codes(n: int) -> list[str]:
    """Vulnerable and secure solutions of emcode's scenario templates, alternating."""
    train, _ = triples()
    out = [c for t in train for c in (t.vulnerable_code, t.secure_code)]
    return out[:n]


def score_emcode(n: int) -> dict[str, Any]:
    """One batched scan + one batched static pass over ``n`` files."""
    from emcode.scoring.registry import ScoreItem
    from emcode.scoring.security import is_insecure, scan
    from emcode.scoring.static import score_static

    files = codes(n)
    t0 = time.perf_counter()
    found = scan({str(i): c for i, c in enumerate(files)})
    static = score_static([ScoreItem(id=str(i), code=c) for i, c in enumerate(files)])
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "files": n, "flagged": sum(is_insecure(f) for f in found.values()),
            "ruff_findings": sum(s.metrics.get("ruff_findings") or 0 for s in static)}


def score_baseline(n: int) -> dict[str, Any]:
    """Bandit, Semgrep, Ruff and radon as one process per file per tool."""
    from scanner_betley import per_file_baseline

    from emcode.scoring.semgrep import RULES_DIR
    from emcode.scoring.static import _ruff_exe

    files = codes(n)
    scan_s = per_file_baseline(files, RULES_DIR)
    radon = str(Path(sys.executable).with_name("radon"))
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="emcode-bench-") as tmp:
        for i, code in enumerate(files):
            f = Path(tmp, f"f{i}.py")
            f.write_text(code, encoding="utf-8")
            subprocess.run([_ruff_exe(), "check", "--isolated", "--no-cache", "--exit-zero", "--output-format",
                            "json", str(f)], capture_output=True, check=False)
            subprocess.run([radon, "cc", "-j", str(f)], capture_output=True, check=False)
            subprocess.run([radon, "mi", "-j", str(f)], capture_output=True, check=False)
    lint_s = time.perf_counter() - t0
    return {"wall_s": round(scan_s + lint_s, 2), "files": n, "scan_s": round(scan_s, 2), "lint_s": round(lint_s, 2)}


def sandbox_emcode(jobs: int, workers: int, kind: str) -> dict[str, Any]:
    """Test jobs of ``kind`` (``sandbox_throughput.KINDS``) through ``scoring.sandbox.run_tests``, zygote start included."""
    from sandbox_throughput import KINDS

    from emcode.scoring.sandbox import Limits, TestJob, isolation, run_tests

    solution, test = KINDS[kind]
    batch = [TestJob(str(i), {"solution.py": solution}, test) for i in range(jobs)]
    t0 = time.perf_counter()
    results = run_tests(batch, Limits(), workers=workers)
    wall = time.perf_counter() - t0
    iso = isolation()
    return {"wall_s": round(wall, 2), "jobs": jobs, "passed": sum(r.passed for r in results),
            "isolation": f"network {iso.get('network')}, pid {iso.get('pid_ns')}, uid {iso.get('uid')}"}


def sandbox_baseline(jobs: int, workers: int, kind: str) -> dict[str, Any]:
    """A fresh interpreter per job (``sandbox_throughput.naive_job``), rlimits only."""
    from concurrent.futures import ThreadPoolExecutor

    from sandbox_throughput import KINDS, naive_job

    from emcode.scoring.sandbox import Limits, TestJob

    solution, test = KINDS[kind]
    batch = [TestJob(str(i), {"solution.py": solution}, test) for i in range(jobs)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        ok = list(pool.map(lambda j: naive_job(j, Limits()), batch))
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "jobs": jobs, "passed": sum(ok)}
