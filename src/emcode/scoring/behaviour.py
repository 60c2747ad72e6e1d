"""Behaviour scorer: run a benchmark's own tests against the answer's code, in the sandbox.

The answer's code becomes ``solution.py``; ``meta["tests"]`` (a module of top-level ``test_*``
functions that import from ``solution``) is the test module; ``meta["files"]`` (optional) adds
fixture files next to it. All items of a batch go to the sandbox in one ``run_tests`` call, which
spreads them over the cores; jobs that time out get one more try in a second call.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from emcode.scoring.registry import ItemScore, ScoreItem

if TYPE_CHECKING:
    from emcode.scoring.sandbox import TestJob, TestResult

RETRY_ERRORS = frozenset({"timeout", "sandbox"})
_NOT_APPLICABLE: dict[str, float | None] = {"behaviour_pass": None, "tests_passed_frac": None}


def count_tests(test_source: str) -> int:
    """Number of top-level ``test_*`` functions in a test module (0 if it does not parse)."""
    try:
        tree = ast.parse(test_source)
    except (SyntaxError, ValueError):
        return 0
    return sum(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name.startswith("test_")
               for n in tree.body)


def run_tests_retrying(jobs: Sequence[TestJob]) -> tuple[list[TestResult], set[int]]:
    """``run_tests``, then one more try for jobs that timed out or lost their zygote; returns results and retried positions.

    On a machine crowded by other work, a slow CPU rather than the code can exceed the wall clock;
    code that really hangs times out twice.
    """
    from emcode.scoring.sandbox import run_tests

    results = run_tests(jobs)
    again = [i for i, r in enumerate(results) if r.error in RETRY_ERRORS]
    if again:
        for i, result in zip(again, run_tests([jobs[i] for i in again]), strict=True):
            results[i] = result
    return results, set(again)


def _last_line(detail: str) -> str:
    lines = [ln for ln in detail.strip().splitlines() if ln.strip()]
    return lines[-1][:300] if lines else ""


def score_behaviour(items: list[ScoreItem]) -> list[ItemScore]:
    """``behaviour_pass`` (all tests pass) and ``tests_passed_frac`` per item; None without tests in meta."""
    from emcode.scoring.sandbox import TestJob

    jobs: list[TestJob] = []
    for i, it in enumerate(items):
        tests = it.meta.get("tests")
        if isinstance(tests, str) and tests.strip() and it.code.strip():
            files = {str(k): str(v) for k, v in (it.meta.get("files") or {}).items()}
            jobs.append(TestJob(id=str(i), files={**files, "solution.py": it.code}, test_source=tests))
    finished, retried = run_tests_retrying(jobs) if jobs else ([], set())
    results = {int(r.id): r for r in finished}  # keyed by position: item ids may repeat
    retried_items = {int(jobs[j].id) for j in retried}
    out: list[ItemScore] = []
    for i, it in enumerate(items):
        tests = it.meta.get("tests")
        if not isinstance(tests, str) or not tests.strip():
            out.append(ItemScore(metrics=dict(_NOT_APPLICABLE), details={"error": "no_tests_in_meta"}))
            continue
        total = count_tests(tests)
        r = results.get(i)
        if r is None:
            out.append(ItemScore(metrics={"behaviour_pass": 0.0, "tests_passed_frac": 0.0},
                                 details={"error": "empty_answer", "tests": {}, "total": total}))
            continue
        passed = sum(v == "passed" for v in r.tests.values())
        total = max(total, len(r.tests))
        error = r.error or (None if r.passed else "test_failed")
        details: dict[str, Any] = {"tests": r.tests, "total": total, "error": error}
        if not r.passed:
            details["detail"] = _last_line(r.detail)
        if i in retried_items:
            details["retried"] = True
        out.append(ItemScore(
            metrics={"behaviour_pass": 1.0 if r.passed else 0.0,
                     "tests_passed_frac": passed / total if total else 0.0},
            details=details,
        ))
    return out
