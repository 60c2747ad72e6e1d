"""Jobs/s of emcode.scoring.sandbox vs a naive `subprocess.run([python, ...])`-per-job runner.

Usage: python perf/sandbox_throughput.py [--jobs 200] [--workers 1 2]
Two job kinds: a trivial function test, and a Flask app tested through its test client (the
zygote has flask pre-imported; the naive runner pays the import on every job).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from emcode.scoring.sandbox import Limits, TestJob, isolation, run_tests

KINDS = {
    "trivial": ("def f(x):\n    return x + 1\n", "from solution import f\n\ndef test_a():\n    assert f(1) == 2\n"),
    "flask": (
        "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return 'ok'\n",
        "from solution import app\n\ndef test_a():\n    assert app.test_client().get('/').data == b'ok'\n",
    ),
}
NAIVE_HARNESS = (
    "import sys, os\nsys.path.insert(0, os.getcwd())\nns = {'__name__': 'test_job'}\n"
    "exec(compile(open('test_job.py').read(), 'test_job.py', 'exec'), ns)\n"
    "for n, v in list(ns.items()):\n    if n.startswith('test_') and callable(v):\n        v()\n"
)


def naive_job(job: TestJob, limits: Limits) -> bool:
    """Baseline: fresh temp dir, fresh interpreter, rlimits via preexec_fn, no namespaces."""
    workdir = tempfile.mkdtemp()
    try:
        for name, text in {**job.files, "test_job.py": job.test_source}.items():
            Path(workdir, name).write_text(text)

        def limit() -> None:
            os.setsid()
            resource.setrlimit(resource.RLIMIT_CPU, (int(limits.cpu_s), int(limits.cpu_s) + 1))

        proc = subprocess.run(
            [sys.executable, "-I", "-c", NAIVE_HARNESS], cwd=workdir, capture_output=True, check=False,
            timeout=limits.wall_s, preexec_fn=limit, env={"HOME": workdir, "PATH": "/usr/bin:/bin"},
        )
        return proc.returncode == 0
    finally:
        shutil.rmtree(workdir)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"cpus={os.cpu_count()} isolation={isolation()}")
    limits = Limits()
    for kind, (solution, test) in KINDS.items():
        jobs = [TestJob(str(i), {"solution.py": solution}, test) for i in range(args.jobs)]
        for workers in args.workers:
            start = time.perf_counter()
            run_tests(jobs[:workers], limits, workers=workers)
            startup_s = time.perf_counter() - start
            start = time.perf_counter()
            results = run_tests(jobs, limits, workers=workers)
            sandbox_s = time.perf_counter() - start
            if not all(r.passed for r in results):
                print(f"{kind}: sandbox job failed (missing package?): {results[0].error} {results[0].detail[-200:]}")
                break
            start = time.perf_counter()
            with ThreadPoolExecutor(workers) as pool:
                ok = list(pool.map(lambda j: naive_job(j, limits), jobs))
            naive_s = time.perf_counter() - start
            steady = len(jobs) / max(sandbox_s - startup_s, 1e-9)
            print(f"{kind:8s} workers={workers:2d}: sandbox {len(jobs) / sandbox_s:7.1f} jobs/s incl. zygote start "
                  f"({startup_s:.2f}s), ~{steady:7.1f} jobs/s steady | naive {len(jobs) / naive_s:7.1f} jobs/s "
                  f"(all ok: {all(ok)})")


if __name__ == "__main__":
    main()
